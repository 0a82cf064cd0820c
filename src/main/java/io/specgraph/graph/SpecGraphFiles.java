package io.specgraph.graph;

import io.specgraph.model.Keys;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Ref;
import io.specgraph.model.SpecGraphFile;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code spec-graph.json} the documents imply: one entry per spec (platform, component, bug, hotfix),
 * with implements, dependsOn (contracts referenced, contract specs, blocking and governing ADRs), affects, context
 * pack and status, each reference as declared ({@code ID@vN} when a version is given).
 */
public final class SpecGraphFiles {

    /** The kinds spec-graph.json records: the specs an implementation run updates (seed 001 §1.9). */
    public static final Set<NodeKind> COVERED = EnumSet.of(NodeKind.PLATFORM_SPEC, NodeKind.COMPONENT_SPEC,
            NodeKind.BUG, NodeKind.HOTFIX);

    private SpecGraphFiles() {
    }

    /** The entries for the nodes of {@code repos} (all repos when empty). */
    public static SpecGraphFile fromGraph(SpecGraph graph, Set<String> repos) {
        List<SpecGraphFile.Entry> entries = new ArrayList<>();
        for (Node n : graph.nodes()) {
            if (!COVERED.contains(n.kind())) {
                continue;
            }
            if (!repos.isEmpty() && !repos.contains(n.repo())) {
                continue;
            }
            entries.add(entry(graph, n));
        }
        return new SpecGraphFile(1, entries, "");
    }

    static SpecGraphFile.Entry entry(SpecGraph graph, Node n) {
        Set<String> impl = refs(graph, n, Keys.IMPLEMENTS, NodeKind.PLATFORM_SPEC);
        Set<String> deps = new TreeSet<>();
        deps.addAll(refs(graph, n, Keys.CONTRACTS_REFERENCED, NodeKind.CONTRACT));
        deps.addAll(refs(graph, n, Keys.CONTRACT_SPECS, NodeKind.CONTRACT));
        deps.addAll(refs(graph, n, Keys.BLOCKED_BY, NodeKind.ADR));
        deps.addAll(refs(graph, n, Keys.ADRS, NodeKind.ADR));
        Set<String> packs = refs(graph, n, Keys.CONTEXT_PACK, NodeKind.CONTEXT_PACK);
        String pack = packs.isEmpty() ? null : packs.iterator().next();
        List<String> affects = new ArrayList<>(new TreeSet<>(n.meta().items(Keys.AFFECTS)));
        return new SpecGraphFile.Entry(n.id(), n.kind().label(), n.repo(), n.path(), n.version(), n.status(),
                new ArrayList<>(impl), new ArrayList<>(deps), affects, pack, 0);
    }

    /**
     * The references a key declares, as {@code ID@vN}: the target's id when the reference resolves (a link becomes
     * the id it points to), else the reference as written.
     */
    private static Set<String> refs(SpecGraph graph, Node n, String key, NodeKind expected) {
        Set<String> out = new TreeSet<>();
        MetaValue value = n.meta().get(key).orElse(null);
        if (value == null) {
            return out;
        }
        for (Ref written : EdgeFactory.refs(value)) {
            Ref ref = expected == NodeKind.CONTEXT_PACK ? written.splitVersionSuffix() : written;
            Resolver.Resolution r = graph.resolver().resolve(written, n, EnumSet.of(expected));
            String version = ref.version() == null ? null : ref.version().canonical();
            if (r.target() != null) {
                String id = Resolver.baseId(r.target());
                out.add(version == null ? id : id + "@" + version);
            } else {
                out.add(ref.canonical());
            }
        }
        return out;
    }
}
