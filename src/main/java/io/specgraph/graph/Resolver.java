package io.specgraph.graph;

import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Ref;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.RepoRole;
import io.specgraph.model.Version;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves references to nodes across repos (model.md §3–§4) with hash indexes, so resolution stays linear in
 * the number of references. A markdown link resolves by path (relative to the file, repo-root-relative, or into
 * another repo of the workspace), falling back to its label or file name; an id resolves exactly, then by base id
 * of versioned nodes ({@code CONTRACT-10@v2}), then ignoring case; several candidates narrow by expected kind, the
 * referring repo, then platform repos.
 */
public final class Resolver {

    /** A link with a URI scheme ({@code https:}, {@code mailto:}): never a file in a repo. */
    static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    static final Pattern VERSION_SUFFIX = Pattern.compile("^(.+?)-([vV]\\d+(?:\\.\\d+)*)$");
    static final Pattern ADR_ID = Pattern.compile("^(?i:adr)[-_ ]?0*(\\d{1,9})$");
    static final Pattern LEADING_NUMBER = Pattern.compile("^(?:adr[-_]?)?0*(\\d{1,9})(?:[-_. ].*)?$",
            Pattern.CASE_INSENSITIVE);

    /** How a reference resolved. */
    public enum Status { OK, STALE_LINK, EXTERNAL, DANGLING, AMBIGUOUS }

    /** The outcome: a target (for OK and STALE_LINK), or why there is none, with the candidates seen. */
    public record Resolution(Status status, Node target, List<Node> candidates) {
        public boolean resolved() {
            return target != null;
        }
    }

    private final Map<String, Node> byKey;
    private final Map<String, List<Node>> byId;
    private final Map<String, List<Node>> byIdLower;
    private final Map<String, List<Node>> byBase;
    private final Map<String, Node> byPath;
    private final Map<String, List<Node>> holders;
    private final Map<String, RepoInfo> repos;

    /** Indexes {@code nodes}, which must be in node order (by key): the first of several candidates wins ties. */
    public Resolver(Collection<Node> nodes, Collection<RepoInfo> repoInfos) {
        Map<String, Node> keys = new HashMap<>();
        Map<String, List<Node>> ids = new HashMap<>();
        Map<String, List<Node>> lower = new HashMap<>();
        Map<String, List<Node>> bases = new HashMap<>();
        Map<String, Node> paths = new HashMap<>();
        Map<String, List<Node>> holding = new HashMap<>();
        Map<String, RepoInfo> repoMap = new HashMap<>();
        for (RepoInfo r : repoInfos) {
            repoMap.put(r.name(), r);
        }
        for (Node n : nodes) {
            keys.put(n.key(), n);
            ids.computeIfAbsent(n.id(), k -> new ArrayList<>()).add(n);
            lower.computeIfAbsent(n.id().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(n);
            for (String b : ResolverUpdate.bases(n)) {
                bases.computeIfAbsent(b, k -> new ArrayList<>()).add(n);
            }
            for (String f : n.files()) {
                paths.putIfAbsent(n.repo() + "\u0000" + f, n);
                holding.computeIfAbsent(n.repo() + "\u0000" + f, k -> new ArrayList<>()).add(n);
            }
        }
        this.byKey = keys;
        this.byId = ids;
        this.byIdLower = lower;
        this.byBase = bases;
        this.byPath = paths;
        this.holders = holding;
        this.repos = repoMap;
    }

    private Resolver(ResolverUpdate.Maps m) {
        this.byKey = m.byKey();
        this.byId = m.byId();
        this.byIdLower = m.byIdLower();
        this.byBase = m.byBase();
        this.byPath = m.byPath();
        this.holders = m.holders();
        this.repos = m.repos();
    }

    /**
     * This resolver with {@code removed} nodes (exactly as indexed here) taken out and {@code added} nodes put in,
     * sharing the unchanged part of the indexes: what resolves now is what a resolver built from scratch over the
     * new nodes would resolve.
     */
    Resolver with(Collection<Node> removed, Collection<Node> added) {
        return new Resolver(ResolverUpdate.apply(maps(), removed, added));
    }

    /** The indexes, to derive a resolver from (and compare in tests). */
    ResolverUpdate.Maps maps() {
        return new ResolverUpdate.Maps(byKey, byId, byIdLower, byBase, byPath, holders, repos);
    }

    /** The id without a {@code @version} suffix that disambiguates versions side by side. */
    public static String baseId(Node n) {
        int at = n.id().lastIndexOf('@');
        return at > 0 ? n.id().substring(0, at) : n.id();
    }

    public Node byKey(String key) {
        return byKey.get(key);
    }

    /** Every node with {@code id} (exact, then by base id), in any repo. */
    public List<Node> byId(String id) {
        List<Node> exact = byId.get(id);
        if (exact != null) {
            return exact;
        }
        return byBase.getOrDefault(id, List.of());
    }

    /**
     * The node a plan or tasks document belongs to: the other node of its repo that lists the document among its
     * files (found by file, so it stays right when duplicate ids were renamed).
     */
    public Node owner(Node attached) {
        for (Node n : holders.getOrDefault(attached.repo() + "\u0000" + attached.path(), List.of())) {
            if (n != attached && n.kind() != NodeKind.PLAN && n.kind() != NodeKind.TASKS) {
                return n;
            }
        }
        return null;
    }

    /** The node a file belongs to. */
    public Node byPath(String repo, String path) {
        return byPath.get(repo + "\u0000" + path);
    }

    /**
     * Resolves {@code ref}, written in {@code from}, expecting a node of one of {@code expected} (empty: any).
     */
    public Resolution resolve(Ref ref, Node from, Set<NodeKind> expected) {
        if (ref.link() != null) {
            return resolveLink(ref, from, expected);
        }
        if (ref.id() == null) {
            return new Resolution(Status.DANGLING, null, List.of());
        }
        return resolveId(ref.repo(), ref.id(), ref.version(), from, expected);
    }

    private Resolution resolveLink(Ref ref, Node from, Set<NodeKind> expected) {
        String link = ref.link();
        int cut = indexOfAny(link, "#?");
        String target = cut >= 0 ? link.substring(0, cut) : link;
        if (SCHEME.matcher(link).matches()) {
            if (ref.id() != null) {
                Resolution byId = resolveId(ref.repo(), ref.id(), ref.version(), from, expected);
                if (byId.resolved()) {
                    return byId;
                }
            }
            return new Resolution(Status.EXTERNAL, null, List.of());
        }
        if (target.isEmpty()) {
            return new Resolution(Status.DANGLING, null, List.of());
        }
        Node hit = null;
        for (String[] c : linkCandidates(ref, from, target)) {
            hit = byPath(c[0], c[1]);
            if (hit != null) {
                break;
            }
        }
        if (hit != null) {
            return new Resolution(Status.OK, hit, List.of(hit));
        }
        Resolution fallback = ref.id() != null ? resolveId(ref.repo(), ref.id(), ref.version(), from, expected)
                : new Resolution(Status.DANGLING, null, List.of());
        if (!fallback.resolved() && (expected.isEmpty() || expected.contains(NodeKind.ADR))) {
            Matcher m = LEADING_NUMBER.matcher(stem(target));
            if (m.matches()) {
                fallback = resolveId(from.repo(), "ADR-" + Integer.parseInt(m.group(1)), null, from, expected);
            }
        }
        if (fallback.resolved()) {
            return new Resolution(Status.STALE_LINK, fallback.target(), fallback.candidates());
        }
        return fallback.status() == Status.AMBIGUOUS ? fallback : new Resolution(Status.DANGLING, null, List.of());
    }

    /**
     * The files a link may name, in the order they are tried: relative to the file (or into another repo), from
     * the repo root, then a folder's {@code spec.md}, {@code README.md} or {@code index.md}. Each is {repo, path}.
     */
    List<String[]> linkCandidates(Ref ref, Node from, String target) {
        List<String[]> out = new ArrayList<>(4);
        String base = parent(ref.path().isEmpty() ? from.path() : ref.path());
        if (target.startsWith("/")) {
            out.add(new String[]{from.repo(), normalize("", target.substring(1))});
        } else {
            addPathHit(out, from.repo(), base, target);
        }
        if (!target.startsWith("/") && !target.startsWith(".")) {
            out.add(new String[]{from.repo(), normalize("", target)});
        }
        if (!target.endsWith(".md")) {
            String dir = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
            for (String name : List.of("spec.md", "README.md", "index.md")) {
                if (dir.startsWith("/")) {
                    out.add(new String[]{from.repo(), normalize("", dir.substring(1) + "/" + name)});
                } else {
                    addPathHit(out, from.repo(), base, dir + "/" + name);
                }
            }
        }
        return out;
    }

    private void addPathHit(List<String[]> out, String repo, String base, String target) {
        String[] hit = pathHit(repo, base, target);
        if (hit != null) {
            out.add(hit);
        }
    }

    /** Where {@code target}, relative to folder {@code base} of {@code repo}, points: {repo, path}, or null. */
    private String[] pathHit(String repo, String base, String target) {
        Deque<String> parts = new ArrayDeque<>();
        int escapes = 0;
        for (String seg : (base.isEmpty() ? target : base + "/" + target).split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (parts.isEmpty()) {
                    escapes++;
                } else {
                    parts.removeLast();
                }
            } else {
                parts.addLast(seg);
            }
        }
        if (escapes == 0) {
            return new String[]{repo, String.join("/", parts)};
        }
        // The link leaves the repo: read its first segment as another repo of the workspace.
        if (escapes == 1 && parts.size() > 1 && repos.containsKey(parts.peekFirst())) {
            String other = parts.removeFirst();
            return new String[]{other, String.join("/", parts)};
        }
        return null;
    }

    private Resolution resolveId(String repo, String id, Version version, Node from, Set<NodeKind> expected) {
        List<Node> candidates = candidates(id);
        if (candidates.isEmpty()) {
            Matcher m = VERSION_SUFFIX.matcher(id);
            if (m.matches() && version == null) {
                candidates = candidates(m.group(1));
                version = Version.parse(m.group(2));
            }
        }
        if (repo != null) {
            candidates = candidates.stream().filter(n -> n.repo().equals(repo)).toList();
        }
        if (version != null && candidates.size() > 1) {
            Version v = version;
            List<Node> sameVersion = candidates.stream().filter(n -> v.sameAs(n.parsedVersion())).toList();
            if (!sameVersion.isEmpty()) {
                candidates = sameVersion;
            }
        }
        if (candidates.isEmpty()) {
            return new Resolution(Status.DANGLING, null, List.of());
        }
        List<Node> narrowed = narrow(candidates, from, expected);
        if (narrowed.size() == 1) {
            return new Resolution(Status.OK, narrowed.get(0), candidates);
        }
        if (sameBase(narrowed)) {
            return new Resolution(Status.OK, newest(narrowed), candidates);
        }
        return new Resolution(Status.AMBIGUOUS, null, narrowed);
    }

    private List<Node> candidates(String id) {
        List<Node> c = byId(id);
        if (c.isEmpty()) {
            Matcher adr = ADR_ID.matcher(id);
            if (adr.matches()) {
                c = byId("ADR-" + Integer.parseInt(adr.group(1)));
            }
        }
        if (c.isEmpty()) {
            String lower = id.toLowerCase(Locale.ROOT);
            c = byIdLower.getOrDefault(lower, byBase.getOrDefault(lower, List.of()));
        }
        return c;
    }

    private List<Node> narrow(List<Node> candidates, Node from, Set<NodeKind> expected) {
        List<Node> c = candidates;
        if (c.size() > 1 && !expected.isEmpty()) {
            List<Node> k = c.stream().filter(n -> expected.contains(n.kind())).toList();
            c = k.isEmpty() ? c : k;
        }
        if (c.size() > 1 && !sameBase(c)) {
            List<Node> same = c.stream().filter(n -> n.repo().equals(from.repo())).toList();
            if (!same.isEmpty()) {
                c = same;
            }
        }
        if (c.size() > 1 && !sameBase(c)) {
            List<Node> platform = c.stream().filter(n -> repos.containsKey(n.repo())
                    && repos.get(n.repo()).role() == RepoRole.PLATFORM).toList();
            if (!platform.isEmpty()) {
                c = platform;
            }
        }
        return c;
    }

    /** True when all nodes are versions of one node (same repo, same base id). */
    private static boolean sameBase(List<Node> nodes) {
        return nodes.stream().map(n -> n.repo() + "/" + baseId(n)).distinct().count() == 1 && nodes.size() > 1;
    }

    /** The node with the highest version among versions of one node (the first when none has a version). */
    public static Node newestOf(List<Node> versions) {
        return newest(versions);
    }

    /** The node with the highest version among versions of one node. */
    static Node newest(List<Node> versions) {
        Node best = versions.get(0);
        for (Node n : versions) {
            Version v = n.parsedVersion();
            Version b = best.parsedVersion();
            if (v != null && (b == null || v.compareTo(b) > 0)) {
                best = n;
            }
        }
        return best;
    }

    private static String normalize(String base, String target) {
        String joined = base.isEmpty() ? target : base + "/" + target;
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : joined.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (!parts.isEmpty()) {
                    parts.removeLast();
                }
            } else {
                parts.addLast(seg);
            }
        }
        return String.join("/", parts);
    }

    private static String parent(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? "" : path.substring(0, i);
    }

    static String stem(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
