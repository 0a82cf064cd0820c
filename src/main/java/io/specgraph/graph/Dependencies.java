package io.specgraph.graph;

import io.specgraph.model.AdrLink;
import io.specgraph.model.Keys;
import io.specgraph.model.Layout;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Ref;
import io.specgraph.model.RepoRole;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What the graph and the rules of one node read of other nodes, as names, for incremental re-checking. A node
 * <em>publishes</em> the names it can be found under (ids and base ids in lower case, its files, its key, and the
 * workspace facts it feeds: a constitution, an OpenSpec capability); a node <em>wants</em> the names its
 * references and rules look up. When a node appears or goes, or changes in what the resolver sees
 * ({@link #sameForResolution}), every node that wants one of its old or new index names is resolved again; when
 * it changes in what other nodes' rules see ({@link #sameForOthers}), every node that wants one of its names is
 * checked again. An edit of a document's prose changes neither, so it re-checks the document alone.
 *
 * <p>Wanted names are a superset: every metadata value (not only the reference keys) is read as references and
 * as a plain name (domains, pack ids), ADR links are read as references, and each resolved target's base id is
 * wanted (other versions of it). Rules that read other nodes do so through these: the resolver, contract and
 * context-pack versions by base id, domains by name, constitutions by repo, a feature's tasks by key, an OpenSpec
 * change's main specs by repo, and incoming edges (which the engine covers by re-checking both ends of every
 * edge that changed).
 *
 * <p>A rule may also read how a target's own references resolve: ADR3 on an ADR resolves the supersede links of
 * the ADRs it names, to see whether they link back. Those can resolve differently while no edge comes or goes (the
 * back-link moves to another ADR, and the edge it made is the same as the forward link's), so the engine checks
 * again every node that wants the names of an ADR it resolved again ({@code LiveGraph}). A rule that reads another
 * kind's resolved references must be added there.
 */
final class Dependencies {

    /** Kinds whose text or parts the rules of other nodes read (SK4, CC3, OpenSpec main specs, ADR3). */
    private static final Set<NodeKind> READ_WHOLE = EnumSet.of(NodeKind.TASKS, NodeKind.CONSTITUTION,
            NodeKind.CAPABILITY, NodeKind.ADR);

    private Dependencies() {
    }

    /**
     * True when resolving any reference gives the same result with {@code b} in place of {@code a}: what the
     * resolver indexes and narrows by (key, files, kind, version) is the same.
     */
    static boolean sameForResolution(Node a, Node b) {
        return a.key().equals(b.key()) && a.kind() == b.kind() && a.path().equals(b.path())
                && a.files().equals(b.files()) && Objects.equals(a.version(), b.version());
    }

    /**
     * True when the rules of other nodes see no difference between {@code a} and {@code b}: the same for
     * resolution, the same status, state and metadata (values and where they are written), and not of a kind whose
     * text or parts other rules read. (No rule reads another node's title or text otherwise.)
     */
    static boolean sameForOthers(Node a, Node b) {
        return sameForResolution(a, b) && !READ_WHOLE.contains(a.kind()) && a.layout() == b.layout()
                && Objects.equals(a.status(), b.status()) && a.state() == b.state()
                && a.meta().asMap().equals(b.meta().asMap());
    }

    /** The names {@code node} is found under by the resolver. */
    static Set<String> indexed(Node node) {
        Set<String> out = new HashSet<>();
        ResolverKeys.indexKeys(node, out::add);
        return out;
    }

    /** The names {@code node} can be found under, by the resolver and as a workspace fact the rules read. */
    static Set<String> published(Node node, RepoRole role) {
        Set<String> out = indexed(node);
        if (node.kind() == NodeKind.CONSTITUTION) {
            out.add(constitution(node.repo()));
            if (role == RepoRole.PLATFORM) {
                out.add(constitution(null));
            }
        }
        if (node.kind() == NodeKind.CAPABILITY) {
            out.add("os:" + node.repo());
        }
        return out;
    }

    /** The names the references and rules of {@code node} look up; {@code targets}: what its references reached. */
    static Set<String> wanted(Node node, Resolver resolver, Collection<Node> targets) {
        Set<String> out = new HashSet<>();
        out.add("i:" + Resolver.baseId(node).toLowerCase(Locale.ROOT));
        out.add("k:" + node.key() + "/tasks");
        if (node.meta().has(Keys.ATTACHED_TO)) {
            out.add("p:" + node.repo() + "\u0000" + node.path());
        }
        for (MetaValue v : node.meta().asMap().values()) {
            for (String item : v.items()) {
                out.add("i:" + item.strip().toLowerCase(Locale.ROOT));
            }
            for (Ref r : References.of(v)) {
                refNames(r, node, resolver, out);
            }
        }
        for (AdrLink link : node.parts().get(AdrLink.class)) {
            Ref r = Ref.parse(link.text(), link.path().isEmpty() ? node.path() : link.path(), link.span());
            if (r != null) {
                refNames(r, node, resolver, out);
            }
        }
        for (Node t : targets) {
            out.add("i:" + Resolver.baseId(t).toLowerCase(Locale.ROOT));
        }
        if (node.kind().isGatedSpec()) {
            out.add(constitution(node.repo()));
            out.add(constitution(null));
        }
        if (node.layout() == Layout.OPENSPEC) {
            out.add("os:" + node.repo());
        }
        return out;
    }

    private static void refNames(Ref r, Node node, Resolver resolver, Set<String> out) {
        ResolverKeys.lookupKeys(resolver, r, node, out::add);
        out.add("i:" + r.raw().strip().toLowerCase(Locale.ROOT));
        Ref split = r.splitVersionSuffix();
        if (split.id() != null) {
            out.add("i:" + split.id().toLowerCase(Locale.ROOT));
        }
    }

    /** The name of the constitutions of {@code repo}, or of the platform repos' constitutions for null. */
    private static String constitution(String repo) {
        return repo == null ? "c:\u0000platform" : "c:" + repo;
    }
}
