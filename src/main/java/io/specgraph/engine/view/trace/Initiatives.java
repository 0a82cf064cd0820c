package io.specgraph.engine.view.trace;

import io.specgraph.engine.view.NaturalOrder;
import io.specgraph.engine.Workspace;
import io.specgraph.graph.SpecGraph;
import io.specgraph.model.Edge;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The initiatives dashboard: every initiative (by id) with its platform specs → repos → component specs, then the
 * platform specs that name no initiative as one group (when there are any).
 */
public final class Initiatives {

    private final List<Initiative> list;
    private final Trace trace;

    private Initiatives(List<Initiative> list, Trace trace) {
        this.list = List.copyOf(list);
        this.trace = trace;
    }

    public static Initiatives of(Workspace ws) {
        return of(Trace.of(ws));
    }

    public static Initiatives of(Trace trace) {
        SpecGraph g = trace.workspace().graph();
        List<Node> initiatives = g.nodes().stream().filter(n -> n.kind() == NodeKind.INITIATIVE)
                .sorted(Comparator.comparing(Node::id, NaturalOrder.INSTANCE).thenComparing(Node::repo)).toList();
        List<Initiative> out = new ArrayList<>();
        for (Node i : initiatives) {
            List<PlatformPlan> specs = trace.plans().stream().filter(p -> i.key().equals(p.initiative())).toList();
            List<SpecEntry> linked = new ArrayList<>();
            for (Edge e : g.incoming(i.key(), EdgeKind.PART_OF)) {
                g.node(e.from()).filter(n -> n.kind() != NodeKind.PLATFORM_SPEC)
                        .ifPresent(n -> linked.add(SpecEntry.of(n, trace.health())));
            }
            linked.sort(SpecEntry.BY_ID);
            out.add(new Initiative(SpecEntry.of(i, trace.health()), specs, linked, sum(specs)));
        }
        List<PlatformPlan> loose = trace.plans().stream().filter(p -> p.initiative() == null).toList();
        if (!loose.isEmpty()) {
            out.add(new Initiative(null, loose, List.of(), sum(loose)));
        }
        return new Initiatives(out, trace);
    }

    private static Progress sum(List<PlatformPlan> plans) {
        Progress p = Progress.NONE;
        for (PlatformPlan pp : plans) {
            p = p.plus(pp.progress());
        }
        return p;
    }

    /** Every initiative by id, then the group without initiative (when not empty). */
    public List<Initiative> list() {
        return list;
    }

    /** The initiative with this id or key. */
    public Optional<Initiative> find(String idOrKey) {
        return list.stream().filter(i -> i.initiative() != null
                && (i.initiative().id().equals(idOrKey) || i.initiative().key().equals(idOrKey))).findFirst();
    }

    /** The trace it was computed from. */
    public Trace trace() {
        return trace;
    }
}
