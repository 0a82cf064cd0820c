package io.specgraph.graph.gate;

/**
 * The verdict for one OpenSpec item, as {@code openspec validate --all --json} gives it: valid (no ERROR issue)
 * and valid under {@code --strict} (no ERROR nor WARNING).
 *
 * @param type {@code spec} or {@code change}
 * @param id   the id OpenSpec uses (capability path, change folder name)
 * @param node the node's key
 */
public record OpenSpecVerdict(String repo, String type, String id, String node, boolean valid, boolean validStrict) {
}
