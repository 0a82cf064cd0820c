package io.specgraph.graph;

import io.specgraph.model.Finding;
import io.specgraph.model.Keys;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.Ref;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.RepoRole;
import io.specgraph.model.Severity;
import io.specgraph.model.SpecGraphFile;
import io.specgraph.model.Version;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * LG3: compares a {@code spec-graph.json} with what the documents say, per node and field. A file in a platform
 * repo covers the whole workspace; a file in a component repo covers that repo. A finding about a field points at
 * the node's document (where the field is written); an entry no document backs points at the file.
 */
final class Drift {

    private static final String HINT = "update the document or regenerate the file: "
            + "specgraph graph --format spec-graph --out spec-graph.json";

    private Drift() {
    }

    static void check(SpecGraph graph, RepoInfo repo, SpecGraphFile file, List<Finding> findings) {
        check(graph, repo, file, SpecGraphFiles.fromGraph(graph, scope(repo)), findings);
    }

    /** The repos a repo's file covers: all (empty) for a platform repo, else the repo itself. */
    static Set<String> scope(RepoInfo repo) {
        return repo.role() == RepoRole.PLATFORM ? Set.of() : Set.of(repo.name());
    }

    /** LG3 with the entries the documents imply ({@code docs}, for the file's {@link #scope}) already made. */
    static void check(SpecGraph graph, RepoInfo repo, SpecGraphFile file, SpecGraphFile docs, List<Finding> findings) {
        Set<String> scope = scope(repo);
        Map<String, SpecGraphFile.Entry> byKey = new HashMap<>();
        Map<String, List<SpecGraphFile.Entry>> byId = new HashMap<>();
        for (SpecGraphFile.Entry e : docs.nodes()) {
            byKey.put(e.key(), e);
            byId.computeIfAbsent(e.id(), k -> new java.util.ArrayList<>()).add(e);
        }
        Set<String> loadedRepos = new HashSet<>();
        graph.repos().forEach(r -> loadedRepos.add(r.name()));
        Set<String> matched = new HashSet<>();
        String where = repo.name() + "/" + file.path();
        for (SpecGraphFile.Entry f : file.nodes()) {
            boolean named = f.repo() != null && !f.repo().isEmpty();
            if (named && (!loadedRepos.contains(f.repo()) || !scope.isEmpty() && !scope.contains(f.repo()))) {
                continue;
            }
            List<SpecGraphFile.Entry> candidates = named ? listOf(byKey.get(f.key())) : byId.getOrDefault(f.id(), List.of());
            if (candidates.size() > 1) {
                findings.add(new Finding(GraphRules.DRIFT, Severity.WARNING, null, null, repo.name(), file.path(),
                        f.line(), 0, "spec-graph.json lists " + f.id() + " without a repo, and " + candidates.size()
                        + " repos have a spec with that id", "add \"repo\" to the entry, or regenerate the file"));
                continue;
            }
            SpecGraphFile.Entry d = candidates.isEmpty() ? null : candidates.get(0);
            if (d == null) {
                findings.add(new Finding(GraphRules.DRIFT, Severity.WARNING, null, null, repo.name(), file.path(),
                        f.line(), 0, "spec-graph.json lists " + f.key() + ", which no document declares", HINT));
                continue;
            }
            matched.add(d.key());
            Node node = graph.node(d.key()).orElseThrow();
            compare(node, "status", Keys.STATUS, f.status(), d.status(), where, f, findings, false);
            compare(node, "version", Keys.VERSION, f.version(), d.version(), where, f, findings, false);
            compare(node, "kind", Keys.KIND, f.kind(), d.kind(), where, f, findings, false);
            compare(node, "implements", Keys.IMPLEMENTS, refs(f.implementsRefs()), refs(d.implementsRefs()), where, f,
                    findings, true);
            compare(node, "dependsOn", Keys.CONTRACTS_REFERENCED, refs(f.dependsOn()), refs(d.dependsOn()), where, f,
                    findings, true);
            compare(node, "affects", Keys.AFFECTS, lower(f.affects()), lower(d.affects()), where, f, findings, true);
            compare(node, "contextPack", Keys.CONTEXT_PACK, ref(f.contextPack()), ref(d.contextPack()), where, f,
                    findings, true);
        }
        for (SpecGraphFile.Entry d : docs.nodes()) {
            if (!matched.contains(d.key())) {
                Node node = graph.node(d.key()).orElseThrow();
                findings.add(new Finding(GraphRules.DRIFT, Severity.WARNING, null, node.id(), node.repo(), node.path(),
                        0, 0, node.key() + " is missing from " + where, HINT));
            }
        }
    }

    private static void compare(Node node, String field, String key, Object inFile, Object inDocs, String where,
                                SpecGraphFile.Entry f, List<Finding> findings, boolean normalized) {
        Object a = normalized ? inFile : norm(field, inFile);
        Object b = normalized ? inDocs : norm(field, inDocs);
        if (Objects.equals(a, b)) {
            return;
        }
        MetaValue mv = node.meta().get(key).orElse(key.equals(Keys.CONTRACTS_REFERENCED)
                ? node.meta().get(Keys.CONTRACT_SPECS).orElse(null) : null);
        int line = mv == null ? 0 : mv.line();
        int column = mv == null ? 0 : mv.column();
        String path = mv == null || mv.path().isEmpty() ? node.path() : mv.path();
        findings.add(new Finding(GraphRules.DRIFT, Severity.WARNING, null, node.id(), node.repo(), path, line, column,
                where + ":" + f.line() + " says " + field + " " + show(inFile) + ", the document says " + show(inDocs),
                HINT));
    }

    private static Object norm(String field, Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString().strip();
        if (field.equals("version")) {
            Version v = Version.parse(s);
            return v == null ? s : v.canonical();
        }
        return s.toLowerCase(Locale.ROOT);
    }

    private static Set<String> refs(List<String> items) {
        Set<String> out = new TreeSet<>();
        for (String item : items) {
            String r = ref(item);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    private static String ref(String item) {
        if (item == null) {
            return null;
        }
        Ref r = Ref.parse(item, "", null);
        if (r == null) {
            return null;
        }
        r = r.splitVersionSuffix();
        String id = (r.id() != null ? r.id() : item).toLowerCase(Locale.ROOT);
        return r.version() == null ? id : id + "@" + r.version().canonical();
    }

    private static Set<String> lower(List<String> items) {
        Set<String> out = new TreeSet<>();
        items.forEach(i -> out.add(i.strip().toLowerCase(Locale.ROOT)));
        return out;
    }

    private static List<SpecGraphFile.Entry> listOf(SpecGraphFile.Entry e) {
        return e == null ? List.of() : List.of(e);
    }

    private static String show(Object v) {
        if (v == null) {
            return "(none)";
        }
        if (v instanceof java.util.Collection<?> c) {
            return c.isEmpty() ? "[]" : c.toString();
        }
        return v.toString();
    }
}
