package io.specgraph.engine.view.trace;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.HealthIndex;
import io.specgraph.graph.SpecGraph;
import io.specgraph.model.Edge;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.FanOutTask;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Ref;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.RepoRole;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The fan-out of every platform spec in one snapshot, shared by the initiatives board, the matrix and the metrics.
 * A platform spec's component specs are those whose {@code implements} resolves to it plus those its
 * {@code children} name (a one-sided link still shows; LG2 reports it). Its fan-out tasks are those in its own
 * documents (spec, plan, tasks), unless a task's {@code platform_spec_id} names another platform spec.
 */
public final class Trace {

    /** Kinds that can implement a platform spec. */
    static final Set<NodeKind> IMPLEMENTERS = EnumSet.of(NodeKind.COMPONENT_SPEC, NodeKind.BUG, NodeKind.HOTFIX);

    private final Workspace workspace;
    private final HealthIndex health;
    private final Map<String, PlatformPlan> plans;
    private final List<SpecEntry> orphans;

    private Trace(Workspace workspace, HealthIndex health, Map<String, PlatformPlan> plans, List<SpecEntry> orphans) {
        this.workspace = workspace;
        this.health = health;
        this.plans = plans;
        this.orphans = orphans;
    }

    public static Trace of(Workspace ws) {
        Objects.requireNonNull(ws, "ws");
        HealthIndex health = HealthIndex.of(ws);
        SpecGraph g = ws.graph();
        List<Node> platformSpecs = new ArrayList<>();
        for (Node n : g.nodes()) {
            if (n.kind() == NodeKind.PLATFORM_SPEC) {
                platformSpecs.add(n);
            }
        }
        Map<String, List<FanOutTask>> tasks = tasksByPlatformSpec(g, platformSpecs);
        List<PlatformPlan> list = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (Node p : platformSpecs) {
            List<Node> specs = componentSpecs(g, p);
            specs.forEach(s -> placed.add(s.key()));
            list.add(plan(g, health, p, specs, tasks.getOrDefault(p.key(), List.of())));
        }
        list.sort((a, b) -> SpecEntry.BY_ID.compare(a.spec(), b.spec()));
        Map<String, PlatformPlan> plans = new LinkedHashMap<>();
        list.forEach(pp -> plans.put(pp.spec().key(), pp));
        List<SpecEntry> orphans = new ArrayList<>();
        for (Node n : g.nodes()) {
            if (n.kind() == NodeKind.COMPONENT_SPEC && !placed.contains(n.key())) {
                orphans.add(SpecEntry.of(n, health));
            }
        }
        orphans.sort(SpecEntry.BY_REPO_AND_ID);
        return new Trace(ws, health, Collections.unmodifiableMap(plans), List.copyOf(orphans));
    }

    public Workspace workspace() {
        return workspace;
    }

    public HealthIndex health() {
        return health;
    }

    /** Every platform spec's plan, by id in natural order. */
    public List<PlatformPlan> plans() {
        return List.copyOf(plans.values());
    }

    /** The plan of the platform spec {@code key}, or null. */
    public PlatformPlan plan(String key) {
        return plans.get(key);
    }

    /** Component specs that implement no platform spec the workspace holds (none declared, or it does not resolve). */
    public List<SpecEntry> orphans() {
        return orphans;
    }

    /** The component repos, for matrix columns: component-role repos, then any other repo a plan names. */
    public List<String> componentRepos() {
        Set<String> repos = new LinkedHashSet<>();
        for (RepoInfo r : workspace.graph().repos()) {
            if (r.role() == RepoRole.COMPONENT) {
                repos.add(r.name());
            }
        }
        Set<String> extra = new TreeSet<>();
        for (PlatformPlan p : plans.values()) {
            p.repos().forEach(gr -> extra.add(gr.repo()));
        }
        orphans.forEach(o -> extra.add(o.repo()));
        extra.removeAll(repos);
        List<String> out = new ArrayList<>(repos);
        out.addAll(extra);
        return out;
    }

    private static List<Node> componentSpecs(SpecGraph g, Node p) {
        Map<String, Node> specs = new LinkedHashMap<>();
        for (Edge e : g.incoming(p.key(), EdgeKind.IMPLEMENTS)) {
            g.node(e.from()).filter(n -> IMPLEMENTERS.contains(n.kind())).ifPresent(n -> specs.put(n.key(), n));
        }
        for (Edge e : g.outgoing(p.key(), EdgeKind.CHILD)) {
            g.node(e.to()).filter(n -> IMPLEMENTERS.contains(n.kind())).ifPresent(n -> specs.putIfAbsent(n.key(), n));
        }
        return new ArrayList<>(specs.values());
    }

    private static PlatformPlan plan(SpecGraph g, HealthIndex health, Node p, List<Node> specs,
                                     List<FanOutTask> tasks) {
        Map<String, List<SpecEntry>> byRepo = new TreeMap<>();
        Map<String, List<FanOutTask>> tasksByRepo = new TreeMap<>();
        for (Node s : specs) {
            byRepo.computeIfAbsent(s.repo(), r -> new ArrayList<>()).add(SpecEntry.of(s, health));
        }
        for (FanOutTask t : tasks) {
            String repo = repoName(g, t.componentRepo());
            tasksByRepo.computeIfAbsent(repo == null ? "(no repo named)" : repo, r -> new ArrayList<>()).add(t);
        }
        Set<String> names = new TreeSet<>(byRepo.keySet());
        names.addAll(tasksByRepo.keySet());
        List<RepoGroup> groups = new ArrayList<>();
        int targets = 0;
        int covered = 0;
        for (String r : names) {
            List<SpecEntry> s = new ArrayList<>(byRepo.getOrDefault(r, List.of()));
            s.sort(SpecEntry.BY_ID);
            RepoGroup gr = new RepoGroup(r, g.repo(r).isPresent(), s, tasksByRepo.getOrDefault(r, List.of()));
            groups.add(gr);
            if (gr.planned()) {
                targets++;
                covered += gr.specs().isEmpty() ? 0 : 1;
            }
        }
        String initiative = g.outgoing(p.key(), EdgeKind.PART_OF).stream().map(Edge::to)
                .filter(k -> g.node(k).map(n -> n.kind() == NodeKind.INITIATIVE).orElse(false))
                .findFirst().orElse(null);
        List<SpecEntry> all = new ArrayList<>();
        groups.forEach(gr -> all.addAll(gr.specs()));
        return new PlatformPlan(SpecEntry.of(p, health), initiative, groups,
                Progress.of(all, tasks.size(), targets, covered));
    }

    /** The loaded repo a task names, by repo name or component name; the name as written when none matches. */
    private static String repoName(SpecGraph g, String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String w = written.strip();
        for (RepoInfo r : g.repos()) {
            if (r.name().equalsIgnoreCase(w)) {
                return r.name();
            }
        }
        for (RepoInfo r : g.repos()) {
            if (r.component().equalsIgnoreCase(w)) {
                return r.name();
            }
        }
        return w;
    }

    private static Map<String, List<FanOutTask>> tasksByPlatformSpec(SpecGraph g, List<Node> platformSpecs) {
        Map<String, List<FanOutTask>> out = new LinkedHashMap<>();
        for (Node p : platformSpecs) {
            List<Node> docs = new ArrayList<>();
            docs.add(p);
            for (Edge e : g.incoming(p.key(), EdgeKind.PART_OF)) {
                g.node(e.from()).filter(n -> n.kind() == NodeKind.PLAN || n.kind() == NodeKind.TASKS)
                        .ifPresent(docs::add);
            }
            for (Node d : docs) {
                for (FanOutTask t : d.parts().get(FanOutTask.class)) {
                    String owner = owner(g, t, p);
                    out.computeIfAbsent(owner, k -> new ArrayList<>()).add(t);
                }
            }
        }
        return out;
    }

    /** The platform spec a task belongs to: the one its platform_spec_id names, else the one holding it. */
    private static String owner(SpecGraph g, FanOutTask t, Node holder) {
        Ref ref = Ref.parse(t.platformSpecId(), t.path(), null);
        if (ref == null || ref.id() == null || ref.id().equals(holder.id())) {
            return holder.key();
        }
        String id = ref.repo() == null ? ref.id() : Node.key(ref.repo(), ref.id());
        return g.find(id).filter(n -> n.kind() == NodeKind.PLATFORM_SPEC).map(Node::key).orElse(holder.key());
    }
}
