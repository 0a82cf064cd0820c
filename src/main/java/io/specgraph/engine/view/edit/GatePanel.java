package io.specgraph.engine.view.edit;

import io.specgraph.engine.Workspace;
import io.specgraph.graph.gate.Verdict;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Node;
import io.specgraph.model.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the editor's gate panel shows for one document in one snapshot: the five gates with their verdicts, and
 * every finding about the node or its file (gate rules, lifecycle, graph and format rules), in report order.
 *
 * @param nodeKey  the node the file holds now (its id may have been edited), or null when it holds none
 * @param gates    one row per gate, in gate order
 * @param findings the findings for the node and the file
 */
public record GatePanel(String nodeKey, List<GateRow> gates, List<Finding> findings) {

    /** A gate's verdict and how many error findings make it fail. */
    public record GateRow(Gate gate, Verdict verdict, int errors) {
    }

    public GatePanel {
        gates = List.copyOf(gates);
        findings = List.copyOf(findings);
    }

    /**
     * The panel for the file {@code repo/path} in {@code ws}: the node at {@code nodeKey} when it still lives in that
     * file, else the first node read from the file.
     */
    public static GatePanel of(Workspace ws, String nodeKey, String repo, String path) {
        Node node = node(ws, nodeKey, repo, path).orElse(null);
        String id = node == null ? null : node.id();
        List<Finding> mine = new ArrayList<>();
        for (Finding f : ws.findings()) {
            if (f.repo().equals(repo) && (f.path().equals(path) || id != null && id.equals(f.node()))) {
                mine.add(f);
            }
        }
        Map<Gate, Verdict> verdicts = node == null ? Map.of()
                : ws.gates().verdicts().getOrDefault(node.key(), Map.of());
        List<GateRow> rows = new ArrayList<>();
        for (Gate g : Gate.values()) {
            int errors = (int) mine.stream().filter(f -> f.gate() == g && f.severity() == Severity.ERROR).count();
            rows.add(new GateRow(g, verdicts.getOrDefault(g, Verdict.NA), errors));
        }
        return new GatePanel(node == null ? null : node.key(), rows, mine);
    }

    /** The node for the editor: by key if it still lives in the file, else the first node of the file. */
    public static Optional<Node> node(Workspace ws, String nodeKey, String repo, String path) {
        Optional<Node> byKey = nodeKey == null ? Optional.empty() : ws.graph().node(nodeKey);
        if (byKey.isPresent() && byKey.get().path().equals(path) && byKey.get().repo().equals(repo)) {
            return byKey;
        }
        return ws.graph().nodes().stream().filter(n -> n.repo().equals(repo) && n.path().equals(path)).findFirst();
    }

    /** True when some gate fails. */
    public boolean failing() {
        return gates.stream().anyMatch(g -> g.verdict() == Verdict.FAIL);
    }
}
