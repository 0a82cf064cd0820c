package io.specgraph.cli;

import io.specgraph.graph.Impact;
import io.specgraph.graph.Resolver;
import io.specgraph.graph.SpecGraph;
import io.specgraph.model.Node;
import io.specgraph.model.Version;
import io.specgraph.parse.JsonWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code specgraph impact NODE}: what depends on a node across repos, and what is still pinned to an older version. */
@Command(name = "impact", mixinStandardHelpOptions = true,
        description = {"List every node that depends on NODE across repos, and mark those still pinned to an older "
                + "version.", "NODE is an id, repo/id, or id@version to measure against a version (e.g. CONTRACT-10@v3)."})
final class ImpactCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NODE", description = "id, repo/id or id@version.")
    private String node;

    @Parameters(index = "1..*", paramLabel = "TARGET", arity = "0..*",
            description = "Repo folders, or a folder holding a workspace.json. Default: .")
    private List<Path> targets = new ArrayList<>();

    @Mixin
    private WorkspaceOptions workspace;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        SpecGraph graph = workspace.load(targets).graph();
        String ref = node;
        Version target = null;
        int at = ref.lastIndexOf('@');
        if (at > 0 && Version.parse(ref.substring(at + 1)) != null && graph.find(ref).isEmpty()) {
            target = Version.parse(ref.substring(at + 1));
            ref = ref.substring(0, at);
        }
        List<Node> versions = versions(graph, ref);
        if (versions.isEmpty()) {
            throw CliException.usage("no node " + node + " in the workspace");
        }
        Impact.Result r = Impact.of(graph, versions, target);
        String out = format == Format.json ? json(r) : text(r);
        spec.commandLine().getOut().print(out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** The node and its versions side by side (same repo, same base id). */
    static List<Node> versions(SpecGraph graph, String ref) {
        Node exact = graph.find(ref).orElse(null);
        String repo = null;
        String id = ref;
        if (exact != null) {
            repo = exact.repo();
            id = Resolver.baseId(exact);
        } else if (ref.contains("/") && graph.repo(ref.substring(0, ref.indexOf('/'))).isPresent()) {
            repo = ref.substring(0, ref.indexOf('/'));
            id = ref.substring(ref.indexOf('/') + 1);
        }
        List<Node> out = new ArrayList<>();
        for (Node n : graph.withId(id)) {
            if (repo == null || n.repo().equals(repo)) {
                out.add(n);
            }
        }
        if (repo == null && out.stream().map(Node::repo).distinct().count() > 1) {
            throw CliException.usage(ref + " is in several repos: " + String.join(", ",
                    out.stream().map(Node::key).toList()) + " (write repo/id)");
        }
        return out;
    }

    private static String text(Impact.Result r) {
        StringBuilder sb = new StringBuilder();
        Node first = r.versions().get(0);
        sb.append("Impact of ").append(first.repo()).append('/').append(Resolver.baseId(first));
        if (r.target() != null) {
            sb.append(" at ").append(r.target().canonical());
        }
        if (r.versions().size() > 1) {
            sb.append(" (versions: ").append(String.join(", ", r.versions().stream().map(Node::version).toList()))
                    .append(')');
        }
        sb.append('\n');
        for (Impact.Dependent d : r.dependents()) {
            sb.append("  ").append(d.depth() == 1 ? "" : "  ").append(d.node().key()).append("  ")
                    .append(d.node().kind().label()).append("  ").append(d.edge().label());
            if (d.pinned() != null) {
                sb.append(' ').append(d.pinned());
            }
            if (d.stale()) {
                sb.append("  STALE (").append(d.pinned()).append(" < ").append(r.target().canonical()).append(')');
            }
            if (d.via() != null) {
                sb.append("  via ").append(d.via().key());
            }
            sb.append("  ").append(d.node().repo()).append('/').append(d.node().path()).append('\n');
        }
        sb.append(r.dependents().size()).append(" dependent nodes in ").append(r.repoCount()).append(" repos, ")
                .append(r.staleCount()).append(" pinned to an older version\n");
        return sb.toString();
    }

    private static String json(Impact.Result r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", "specgraph.impact/1");
        Node first = r.versions().get(0);
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("id", Resolver.baseId(first));
        target.put("repo", first.repo());
        target.put("kind", first.kind().label());
        target.put("version", r.target() == null ? null : r.target().canonical());
        target.put("versions", r.versions().stream().map(Node::version).toList());
        root.put("target", target);
        List<Object> deps = new ArrayList<>();
        for (Impact.Dependent d : r.dependents()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("node", d.node().id());
            m.put("repo", d.node().repo());
            m.put("kind", d.node().kind().label());
            m.put("path", d.node().path());
            m.put("edge", d.edge().label());
            m.put("pinned", d.pinned());
            m.put("stale", d.stale());
            m.put("depth", d.depth());
            m.put("via", d.via() == null ? null : d.via().key());
            deps.add(m);
        }
        root.put("dependents", deps);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("dependents", r.dependents().size());
        counts.put("stale", r.staleCount());
        counts.put("repos", r.repoCount());
        root.put("counts", counts);
        return JsonWriter.write(root);
    }
}
