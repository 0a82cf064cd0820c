package io.specgraph.engine.view.edit;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.NaturalOrder;
import io.specgraph.graph.Resolver;
import io.specgraph.model.ListValues;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.RepoRole;
import io.specgraph.model.Version;
import io.specgraph.template.Field;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a reference field may point at, across every repo of a snapshot: the nodes of the field's target kinds
 * (platform specs, contracts and context packs with their versions, ADRs with their state, domains, initiatives,
 * specs), or the workspace's repos and components. Each candidate has the text to insert — {@code PLAT-124 v2},
 * {@code cart:ADR-1} when the id alone would name another repo's node — a label and a detail (title, state, repo).
 */
public final class Completions {

    /** One choice: {@code insert} is written into the field; {@code nodeKey} is null for repos and components. */
    public record Candidate(String label, String detail, String insert, String nodeKey) {
    }

    /** By id (a repo qualifier aside), then version: {@code ADR-1}, {@code payments:ADR-1}, {@code ADR-2}. */
    private static final Comparator<Candidate> ORDER = Comparator
            .comparing((Candidate c) -> c.insert().substring(c.insert().indexOf(':') + 1), NaturalOrder.INSTANCE)
            .thenComparing(Candidate::insert, NaturalOrder.INSTANCE);

    private Completions() {
    }

    /** Every candidate for {@code field} in a document of repo {@code fromRepo}, ids in natural order. */
    public static List<Candidate> of(Workspace ws, Field field, String fromRepo) {
        List<Candidate> out = new ArrayList<>();
        Set<String> kinds = new LinkedHashSet<>(field.targets());
        if (kinds.contains("repo") || kinds.contains("component")) {
            out.addAll(repos(ws, kinds.contains("component")));
        }
        List<NodeKind> targetKinds = field.targetKinds();
        if (targetKinds.isEmpty()) {
            return out;
        }
        Map<String, Set<String>> reposById = new HashMap<>();
        List<Node> nodes = ws.graph().nodes().stream().filter(n -> targetKinds.contains(n.kind())).toList();
        for (Node n : nodes) {
            reposById.computeIfAbsent(Resolver.baseId(n), k -> new HashSet<>()).add(n.repo());
        }
        List<Candidate> refs = new ArrayList<>();
        for (Node n : nodes) {
            String id = Resolver.baseId(n);
            boolean qualify = reposById.get(id).size() > 1 && !n.repo().equals(fromRepo);
            String ref = (qualify ? n.repo() + ":" : "") + id;
            String version = n.version() == null || n.version().isBlank() ? "" : versionText(n.version());
            String insert = field.versioned() && !version.isEmpty() ? ref + " " + version : ref;
            refs.add(new Candidate(insert, detail(n), insert, n.key()));
        }
        refs.sort(ORDER.thenComparing(Candidate::nodeKey));
        out.addAll(refs);
        return List.copyOf(out);
    }

    private static String versionText(String v) {
        String t = v.strip();
        return Version.looksLikeVersion(t) && Character.isDigit(t.charAt(0)) && !t.contains(".") ? "v" + t : t;
    }

    private static String detail(Node n) {
        String state = n.state() != null ? n.state().label() : n.status() == null ? "" : n.status();
        StringBuilder sb = new StringBuilder();
        sb.append(n.title() == null ? "" : n.title());
        if (!state.isBlank()) {
            sb.append(sb.length() > 0 ? " · " : "").append(state);
        }
        sb.append(sb.length() > 0 ? " · " : "").append(n.repo());
        return sb.toString();
    }

    private static List<Candidate> repos(Workspace ws, boolean components) {
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RepoInfo r : ws.graph().repos()) {
            if (components && r.role() != RepoRole.COMPONENT) {
                continue;
            }
            String name = components ? r.component() : r.name();
            if (seen.add(name)) {
                String detail = r.role().label() + " repo" + (components ? " " + r.name() : "")
                        + (r.domain() == null ? "" : " · domain " + r.domain());
                out.add(new Candidate(name, detail, name, null));
            }
        }
        out.sort(ORDER);
        return out;
    }

    /**
     * The candidates matching {@code query} (ignoring case): those whose insert text starts with it first, then
     * those whose label or detail contain it; all for a blank query.
     */
    public static List<Candidate> filter(List<Candidate> all, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return all;
        }
        List<Candidate> prefix = new ArrayList<>();
        List<Candidate> inside = new ArrayList<>();
        for (Candidate c : all) {
            String insert = c.insert().toLowerCase(Locale.ROOT);
            String bare = insert.substring(insert.indexOf(':') + 1);
            if (insert.startsWith(q) || bare.startsWith(q)) {
                prefix.add(c);
            } else if (insert.contains(q) || c.detail().toLowerCase(Locale.ROOT).contains(q)) {
                inside.add(c);
            }
        }
        prefix.addAll(inside);
        return prefix;
    }

    /** The part of a field's text being completed: all of it, or the last item of a list. */
    public static String query(String text, boolean list) {
        if (!list) {
            return text.strip();
        }
        int cut = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'));
        String last = text.substring(cut + 1).strip();
        return ListValues.isEmptyMarker(last) ? "" : last;
    }

    /** The field's text with the completed part replaced by {@code insert} (the items before it kept). */
    public static String accept(String text, String insert, boolean list) {
        if (!list) {
            return insert;
        }
        int cut = Math.max(text.lastIndexOf(','), text.lastIndexOf(';'));
        String before = cut < 0 ? "" : text.substring(0, cut + 1).stripTrailing() + " ";
        if (ListValues.isEmptyMarker(text.strip())) {
            before = "";
        }
        return before + insert;
    }
}
