package io.specgraph.graph.gate;

import io.specgraph.graph.Lifecycle;
import io.specgraph.graph.References;
import io.specgraph.graph.Resolver;
import io.specgraph.graph.SpecGraph;
import io.specgraph.model.Node;
import io.specgraph.model.Ref;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.RepoRole;
import io.specgraph.model.Version;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What rules may read besides their node: the graph, workspace facts computed once (domains, context packs and
 * contracts by id with their versions, constitutions), the policy, the lifecycle and git history. Immutable and
 * safe to share between threads.
 *
 * <p>One context per graph: its per-node caches (keywords, memos, parsed references, heading names) are keyed by
 * {@link Node#equals}, which compares key, kind, path, status, state, version, title and files but not the
 * text or metadata. Within one graph that is one node per key, so the caches are right; a context must not be used
 * for the nodes of another graph (after an edit, a node equal to the old one may have other text). The live
 * re-check makes a new context for each update.
 */
public final class RuleContext {

    private final SpecGraph graph;
    private final Policy policy;
    private final Lifecycle lifecycle;
    private final History history;
    private final Set<String> domains = new HashSet<>();
    private final Map<String, List<Node>> packs = new HashMap<>();
    private final Map<String, List<Node>> contracts = new HashMap<>();
    private final List<Node> platformConstitutions = new ArrayList<>();
    private final Map<String, List<Node>> constitutionsByRepo = new HashMap<>();
    private final Map<Node, KeywordLines> keywords = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<List<Object>, Object> memos = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Node, Map<String, List<Ref>>> refs =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Node, Map<io.specgraph.model.Heading, String>> headingNames =
            new java.util.concurrent.ConcurrentHashMap<>();

    public RuleContext(SpecGraph graph, Policy policy, Lifecycle lifecycle, History history) {
        this.graph = graph;
        this.policy = policy;
        this.lifecycle = lifecycle;
        this.history = history;
        for (Node n : graph.nodes()) {
            switch (n.kind()) {
                case DOMAIN -> {
                    domains.add(n.id().toLowerCase(Locale.ROOT));
                    domains.add(Resolver.baseId(n).toLowerCase(Locale.ROOT));
                }
                case CONTEXT_PACK -> packs.computeIfAbsent(base(n), k -> new ArrayList<>()).add(n);
                case CONTRACT -> contracts.computeIfAbsent(base(n), k -> new ArrayList<>()).add(n);
                case CONSTITUTION -> {
                    constitutionsByRepo.computeIfAbsent(n.repo(), k -> new ArrayList<>()).add(n);
                    if (graph.repo(n.repo()).map(r -> r.role() == RepoRole.PLATFORM).orElse(false)) {
                        platformConstitutions.add(n);
                    }
                }
                default -> {
                }
            }
        }
    }

    private static String base(Node n) {
        return Resolver.baseId(n).toLowerCase(Locale.ROOT);
    }

    /** The normalised name ({@link Text#name}) of each of the node's headings, computed once per run. */
    public String name(Node node, io.specgraph.model.Heading h) {
        return headingNames.computeIfAbsent(node, n -> {
            Map<io.specgraph.model.Heading, String> names = new java.util.IdentityHashMap<>();
            n.content().headings().forEach(x -> names.put(x, Text.name(x.text())));
            return names;
        }).getOrDefault(h, Text.name(h.text()));
    }

    /** True when the node's prose (front matter, code blocks and comments left out) holds {@code k} as a whole word. */
    public boolean mentions(Node node, Keywords k) {
        return k.in(keywordLines(node).mask());
    }

    /** True when a prose line in {@code from..to} (inclusive) holds {@code k} as a whole word. */
    public boolean mentions(Node node, Keywords k, int from, int to) {
        int[] lines = keywordLines(node).lines()[k.ordinal()];
        if (lines != null) {
            for (int line : lines) {
                if (line >= from && line <= to) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A value a rule works out once per run about a node many nodes share (a constitution, a contract):
     * {@code what} names the computation, and it must read nothing but {@code node}.
     */
    @SuppressWarnings("unchecked")
    public <T> T memo(String what, Node node, java.util.function.Supplier<T> compute) {
        return (T) memos.computeIfAbsent(List.of(what, node), k -> compute.get());
    }

    /** The references under metadata {@code key} of {@code node} ({@link References#of}), parsed once per run. */
    public List<Ref> refs(Node node, String key) {
        Map<String, List<Ref>> mine = refs.computeIfAbsent(node,
                n -> new java.util.concurrent.ConcurrentHashMap<>());
        return mine.computeIfAbsent(key, k -> List.copyOf(References.of(node, k)));
    }

    /** The numbers of the node's prose lines that hold {@code k} as a whole word, in order. */
    public int[] linesMentioning(Node node, Keywords k) {
        int[] lines = keywordLines(node).lines()[k.ordinal()];
        return lines == null ? new int[0] : lines.clone();
    }

    /** Where each keyword occurs in a node's prose: one scan per node and run. */
    private record KeywordLines(int mask, int[][] lines) {
    }

    private KeywordLines keywordLines(Node node) {
        return keywords.computeIfAbsent(node, n -> {
            io.specgraph.model.Content c = n.content();
            int all = 0;
            int[][] lines = new int[Keywords.values().length][];
            for (int line : c.proseLines(1, c.lineCount())) {
                int mask = Keywords.mask(c.line(line));
                all |= mask;
                for (int k = 0; mask != 0; k++, mask >>>= 1) {
                    if ((mask & 1) != 0) {
                        int[] had = lines[k] == null ? new int[0] : lines[k];
                        lines[k] = java.util.Arrays.copyOf(had, had.length + 1);
                        lines[k][had.length] = line;
                    }
                }
            }
            return new KeywordLines(all, lines);
        });
    }

    public SpecGraph graph() {
        return graph;
    }

    public Policy policy() {
        return policy;
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    public History history() {
        return history;
    }

    public Optional<RepoInfo> repo(String name) {
        return graph.repo(name);
    }

    /** True when the workspace defines domains (so DV1 can check names). */
    public boolean definesDomains() {
        return !domains.isEmpty();
    }

    public boolean isDomain(String name) {
        return domains.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    public boolean hasContextPacks() {
        return !packs.isEmpty();
    }

    /** The versions of the context pack with base id {@code id}, any case (empty when unknown). */
    public List<Node> packVersions(String id) {
        return packs.getOrDefault(id.toLowerCase(Locale.ROOT), List.of());
    }

    /** The versions of the contract with base id {@code id}, any case (empty when unknown). */
    public List<Node> contractVersions(String id) {
        return contracts.getOrDefault(id.toLowerCase(Locale.ROOT), List.of());
    }

    /** The highest version among {@code versions}, or null. */
    public static Version newest(List<Node> versions) {
        Version best = null;
        for (Node n : versions) {
            Version v = n.parsedVersion();
            if (v != null && (best == null || v.compareTo(best) > 0)) {
                best = v;
            }
        }
        return best;
    }

    /** The node among {@code versions} at {@code version} (by number), if any. */
    public static Optional<Node> at(List<Node> versions, Version version) {
        return versions.stream().filter(n -> version.sameAs(n.parsedVersion())).findFirst();
    }

    /**
     * The constitutions that govern {@code node}: the platform repos' constitutions when the workspace has any,
     * else the constitutions of the node's own repo (spec-kit projects, the small-team variant).
     */
    public List<Node> constitutionsFor(Node node) {
        if (!platformConstitutions.isEmpty()) {
            return platformConstitutions;
        }
        return constitutionsByRepo.getOrDefault(node.repo(), List.of());
    }
}
