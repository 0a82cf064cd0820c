package io.specgraph.graph;

import io.specgraph.model.Edge;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Finding;
import io.specgraph.model.Keys;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Ref;
import io.specgraph.model.Severity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns each node's reference metadata into edges (model.md §5), reporting references that resolve to nothing or
 * to several nodes (LG1).
 */
final class EdgeFactory {

    /** How one metadata key becomes edges. */
    private record Link(String key, EdgeKind kind, Set<NodeKind> expected, boolean reverse, boolean reportMissing) {
    }

    private static final Set<NodeKind> SPECS = EnumSet.of(NodeKind.COMPONENT_SPEC, NodeKind.BUG, NodeKind.HOTFIX,
            NodeKind.PLATFORM_SPEC);
    private static final List<Link> LINKS = List.of(
            new Link(Keys.IMPLEMENTS, EdgeKind.IMPLEMENTS, EnumSet.of(NodeKind.PLATFORM_SPEC), false, true),
            new Link(Keys.CHILDREN, EdgeKind.CHILD, SPECS, false, true),
            new Link(Keys.INITIATIVE, EdgeKind.PART_OF, EnumSet.of(NodeKind.INITIATIVE), false, true),
            new Link(Keys.CONTRACTS_REFERENCED, EdgeKind.DEPENDS_ON, EnumSet.of(NodeKind.CONTRACT), false, true),
            new Link(Keys.CONTRACT_SPECS, EdgeKind.DEPENDS_ON, EnumSet.of(NodeKind.CONTRACT), false, true),
            new Link(Keys.BLOCKED_BY, EdgeKind.BLOCKED_BY, EnumSet.of(NodeKind.ADR), false, true),
            new Link(Keys.ADRS, EdgeKind.GOVERNED_BY, EnumSet.of(NodeKind.ADR), false, true),
            new Link(Keys.CONTEXT_PACK, EdgeKind.USES_CONTEXT, EnumSet.of(NodeKind.CONTEXT_PACK), false, true),
            new Link(Keys.SUPERSEDES, EdgeKind.SUPERSEDES, EnumSet.of(NodeKind.ADR), false, true),
            new Link(Keys.SUPERSEDED_BY, EdgeKind.SUPERSEDES, EnumSet.of(NodeKind.ADR), true, true),
            new Link(Keys.FOLLOW_UP, EdgeKind.FOLLOW_UP, SPECS, false, true),
            new Link(Keys.CONSUMERS, EdgeKind.CONSUMES, SPECS, true, false),
            new Link(Keys.AFFECTS, EdgeKind.AFFECTS, EnumSet.of(NodeKind.DOMAIN), false, false),
            new Link("modifies", EdgeKind.MODIFIES, EnumSet.of(NodeKind.CAPABILITY), false, false),
            new Link(Keys.ATTACHED_TO, EdgeKind.PART_OF, EnumSet.noneOf(NodeKind.class), false, true));

    private EdgeFactory() {
    }

    /** The edges and findings of one node: edges by identity (from, to, kind, version) in the order found. */
    record PerNode(Map<String, Edge> edges, List<Finding> findings) {
    }

    /** Resolves every node's references, in parallel; results are merged in node order (deterministic). */
    static List<Edge> edges(List<Node> nodes, Resolver resolver, List<Finding> findings) {
        List<PerNode> per = nodes.parallelStream().map(n -> edgesOf(n, resolver)).toList();
        Map<String, Edge> edges = new LinkedHashMap<>();
        for (PerNode p : per) {
            p.edges().forEach(edges::putIfAbsent);
            findings.addAll(p.findings());
        }
        return new ArrayList<>(edges.values());
    }

    /** Resolves the references of one node (what {@link #edges} does for each node). */
    static PerNode edgesOf(Node n, Resolver resolver) {
        try {
            return tryEdgesOf(n, resolver);
        } catch (RuntimeException e) {
            PerNode out = new PerNode(new LinkedHashMap<>(), new ArrayList<>());
            out.findings().add(new Finding(GraphRules.INTERNAL, Severity.ERROR, null, n.id(), n.repo(), n.path(), 0, 0,
                    "Specgraph could not resolve the references of " + n.id() + " (" + e.getClass().getSimpleName() + ")",
                    "please report this with the file attached"));
            return out;
        }
    }

    private static PerNode tryEdgesOf(Node n, Resolver resolver) {
        PerNode out = new PerNode(new LinkedHashMap<>(), new ArrayList<>());
        for (Link link : LINKS) {
            MetaValue value = n.meta().get(link.key()).orElse(null);
            if (value == null) {
                continue;
            }
            for (Ref ref : refs(value)) {
                if (link.kind() == EdgeKind.AFFECTS && isApiOrEvent(ref.raw())) {
                    continue;
                }
                add(n, link, ref, resolver, out.edges(), out.findings());
            }
        }
        return out;
    }

    private static void add(Node n, Link link, Ref ref, Resolver resolver, Map<String, Edge> edges,
                            List<Finding> findings) {
        Set<NodeKind> expected = link.expected();
        Resolver.Resolution r = link.key().equals(Keys.ATTACHED_TO)
                ? new Resolver.Resolution(Resolver.Status.OK, resolver.owner(n), List.of())
                : resolver.resolve(ref, n, expected);
        if (r.target() != null && !link.reportMissing() && !expected.isEmpty() && !expected.contains(r.target().kind())) {
            return;
        }
        if (r.target() != null) {
            Node t = r.target();
            String version = ref.version() == null ? null : ref.version().canonical();
            Edge e = link.reverse()
                    ? new Edge(t.key(), n.key(), link.kind(), null, ref.path(), ref.line())
                    : new Edge(n.key(), t.key(), link.kind(), version, ref.path(), ref.line());
            if (!e.from().equals(e.to()) || link.kind() != EdgeKind.PART_OF) {
                edges.putIfAbsent(e.from() + "\u0000" + e.to() + "\u0000" + e.kind() + "\u0000" + e.version(), e);
            }
            if (!expected.isEmpty() && !expected.contains(t.kind()) && link.reportMissing()
                    && link.kind() != EdgeKind.SUPERSEDES) {
                findings.add(finding(n, ref, Severity.WARNING, link.key() + " " + ref.raw() + " resolves to " + t.key()
                        + ", which is a " + t.kind().label() + ", not a " + kinds(expected),
                        "point " + link.key() + " at a " + kinds(expected)));
            }
            if (r.status() == Resolver.Status.STALE_LINK) {
                findings.add(finding(n, ref, Severity.WARNING, link.key() + " link " + ref.link()
                        + " points to no file; resolved to " + t.key() + " by its name",
                        "update the link to " + relativeLink(ref.path().isEmpty() ? n.path() : ref.path(), n.repo(), t)));
            }
            return;
        }
        boolean openSpecInitiative = n.kind() == NodeKind.CHANGE && link.key().equals(Keys.INITIATIVE);
        if (!link.reportMissing() || r.status() == Resolver.Status.EXTERNAL || openSpecInitiative) {
            return;
        }
        if (r.status() == Resolver.Status.AMBIGUOUS) {
            String keys = r.candidates().stream().map(Node::key).collect(Collectors.joining(", "));
            findings.add(finding(n, ref, Severity.ERROR, link.key() + " " + ref.raw() + " matches "
                    + r.candidates().size() + " nodes: " + keys,
                    "prefix the repo to choose one, e.g. " + r.candidates().get(0).repo() + ":" + ref.id()));
        } else {
            findings.add(finding(n, ref, Severity.ERROR, link.key() + " " + ref.raw() + " resolves to no node",
                    "fix the reference, or add the missing document"));
        }
    }

    /** The link from {@code fromFile} to {@code target}'s file, relative to the linking file's folder. */
    static String relativeLink(String fromFile, String fromRepo, Node target) {
        String[] from = fromFile.contains("/") ? fromFile.substring(0, fromFile.lastIndexOf('/')).split("/") : new String[0];
        String[] to = target.path().split("/");
        int common = 0;
        boolean sameRepo = target.repo().equals(fromRepo);
        while (sameRepo && common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < from.length; i++) {
            sb.append("../");
        }
        if (!sameRepo) {
            sb.append("../").append(target.repo()).append('/');
        }
        for (int i = common; i < to.length; i++) {
            sb.append(to[i]).append(i + 1 < to.length ? "/" : "");
        }
        return sb.toString();
    }

    private static String kinds(Set<NodeKind> kinds) {
        return String.join(" or ", kinds.stream().map(NodeKind::label).sorted().toList());
    }

    private static Finding finding(Node n, Ref ref, Severity severity, String message, String hint) {
        String path = ref.path().isEmpty() ? n.path() : ref.path();
        return new Finding(GraphRules.DANGLING, severity, null, n.id(), n.repo(), path, ref.line(), ref.column(),
                message, hint);
    }

    /** The references a value holds, each with its own span when the value was written item by item. */
    static List<Ref> refs(MetaValue value) {
        return References.of(value);
    }

    private static boolean isApiOrEvent(String raw) {
        String r = raw.strip().toLowerCase(java.util.Locale.ROOT);
        return r.startsWith("api:") || r.startsWith("event:");
    }
}
