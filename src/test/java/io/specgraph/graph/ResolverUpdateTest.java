package io.specgraph.graph;

import io.specgraph.model.Layout;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.RepoRole;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resolver derived after nodes came and went holds exactly the indexes a resolver built from scratch over the
 * new nodes holds: every bucket in node order, a node whose lower-case base id is its base id twice in one bucket,
 * the first holder of a file as its path owner.
 */
class ResolverUpdateTest {

    private static final List<RepoInfo> REPOS = List.of(
            new RepoInfo("a", RepoRole.PLATFORM, Path.of("a"), List.of(Layout.SEED_PLATFORM), "a", null),
            new RepoInfo("b", RepoRole.COMPONENT, Path.of("b"), List.of(Layout.SEED_COMPONENT), "b", null));
    private static final List<String> IDS = List.of("SPEC-1", "spec-1", "SPEC-2", "C-1@v1", "C-1@v2", "c-1@v3",
            "cp-x@v1", "cp-x@v2", "ADR-1", "adr-1", "PLAT-9");
    private static final List<NodeKind> KINDS = List.of(NodeKind.COMPONENT_SPEC, NodeKind.CONTRACT,
            NodeKind.CONTEXT_PACK, NodeKind.ADR);

    @Test
    void aDerivedResolverHoldsTheIndexesOfOneBuiltFromScratchThroughRandomChanges() {
        Random r = new Random(17);
        Map<String, Node> nodes = new TreeMap<>();
        for (int i = 0; i < 12; i++) {
            Node n = random(r);
            nodes.put(n.key(), n);
        }
        Resolver resolver = new Resolver(nodes.values(), REPOS);
        for (int step = 0; step < 400; step++) {
            Map<String, Node> before = new TreeMap<>(nodes);
            List<String> keys = new ArrayList<>(nodes.keySet());
            for (int i = r.nextInt(3); i > 0 && !keys.isEmpty(); i--) {
                nodes.remove(keys.remove(r.nextInt(keys.size())));
            }
            for (int i = r.nextInt(3); i > 0; i--) {
                Node n = random(r);
                nodes.put(n.key(), n);
            }
            List<Node> removed = new ArrayList<>();
            List<Node> added = new ArrayList<>();
            for (Node n : before.values()) {
                if (nodes.get(n.key()) != n) {
                    removed.add(n);
                }
            }
            for (Node n : nodes.values()) {
                if (before.get(n.key()) != n) {
                    added.add(n);
                }
            }
            resolver = resolver.with(removed, added);
            assertSameIndexes(resolver, new Resolver(nodes.values(), REPOS), step);
        }
    }

    @Test
    void aNodeWhoseBaseIdIsLowerCaseSitsTwiceInItsBaseBucket() {
        assertThat(ResolverUpdate.bases(node("a", "cp-x@v1", NodeKind.CONTEXT_PACK, "cp.md")))
                .containsExactly("cp-x", "cp-x");
        assertThat(ResolverUpdate.bases(node("a", "C-1@v1", NodeKind.CONTRACT, "c.md"))).containsExactly("C-1", "c-1");
        assertThat(ResolverUpdate.bases(node("a", "SPEC-1", NodeKind.COMPONENT_SPEC, "s.md"))).isEmpty();
    }

    private static void assertSameIndexes(Resolver derived, Resolver scratch, int step) {
        ResolverUpdate.Maps a = derived.maps();
        ResolverUpdate.Maps b = scratch.maps();
        assertThat(a.byKey()).as("byKey, step " + step).isEqualTo(b.byKey());
        assertThat(a.byId()).as("byId, step " + step).isEqualTo(b.byId());
        assertThat(a.byIdLower()).as("byIdLower, step " + step).isEqualTo(b.byIdLower());
        assertThat(a.byBase()).as("byBase, step " + step).isEqualTo(b.byBase());
        assertThat(a.byPath()).as("byPath, step " + step).isEqualTo(b.byPath());
        assertThat(a.holders()).as("holders, step " + step).isEqualTo(b.holders());
        for (Map.Entry<String, Node> e : b.byPath().entrySet()) {
            assertThat(a.byPath().get(e.getKey())).as("owner of " + e.getKey()).isSameAs(e.getValue());
        }
    }

    /** A node of a few ids, kinds and files, so that nodes share id, base id and file buckets. */
    private static Node random(Random r) {
        String repo = r.nextBoolean() ? "a" : "b";
        String id = IDS.get(r.nextInt(IDS.size()));
        NodeKind kind = KINDS.get(r.nextInt(KINDS.size()));
        String path = "docs/" + r.nextInt(6) + ".md";
        List<String> files = r.nextBoolean() ? List.of(path) : List.of(path, "shared/" + r.nextInt(2) + ".md");
        return new Node(repo, id, kind, Layout.SEED_COMPONENT, path, id, null, null, null, null, null, files, null);
    }

    private static Node node(String repo, String id, NodeKind kind, String path) {
        return new Node(repo, id, kind, Layout.SEED_COMPONENT, path, id, null, null, null, null, null, null, null);
    }
}
