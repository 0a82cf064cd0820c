package io.specgraph.engine.view.workflow;

import io.specgraph.engine.view.templates.NewDocumentFile;
import io.specgraph.graph.SpecGraph;
import io.specgraph.model.Edge;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.FanOutTask;
import io.specgraph.model.Keys;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Ref;
import io.specgraph.model.RepoInfo;
import io.specgraph.template.Numbering;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** What a fan-out task says about the spec it becomes: its target repo, title, links, and the spec covering it. */
final class FanOutLinks {

    private static final Set<NodeKind> SPECS = Set.of(NodeKind.COMPONENT_SPEC, NodeKind.BUG, NodeKind.HOTFIX,
            NodeKind.CHANGE);
    private static final Pattern IN_FILE = Pattern.compile("\\s+(?:in|into|at|→|->)\\s+`?\\S+\\.md`?\\s*$");
    private static final Pattern BARE_VERSION = Pattern.compile("(?i)v?\\d+(\\.\\d+)*");

    private FanOutLinks() {
    }

    /** The loaded repo a task names, by repo name or component name. */
    static Optional<RepoInfo> repo(SpecGraph g, String written) {
        if (written.isEmpty()) {
            return Optional.empty();
        }
        return g.repo(written)
                .or(() -> g.repos().stream().filter(r -> r.name().equalsIgnoreCase(written)).findFirst())
                .or(() -> g.repos().stream().filter(r -> r.component().equalsIgnoreCase(written)).findFirst());
    }

    /**
     * The spec of {@code repo} that covers the task: one the task's text names (by id or path), or one whose text
     * names the task ({@code PLAT-124 v1 (fan-out task T010)}).
     */
    static Optional<Node> existing(SpecGraph g, String repo, Node spec, FanOutTask t) {
        Pattern backLink = t.taskId() == null ? null
                : Pattern.compile("(?i)\\btask\\s+" + Pattern.quote(t.taskId()) + "\\b");
        for (Node n : g.nodes()) {
            if (!n.repo().equals(repo) || !SPECS.contains(n.kind())) {
                continue;
            }
            if (t.text().contains(n.path()) || t.text().contains(n.id()) && Pattern.compile("(?<![\\w-])"
                    + Pattern.quote(n.id()) + "(?!\\w)").matcher(t.text()).find()) {
                return Optional.of(n);
            }
            if (backLink != null && n.content().lines().stream()
                    .anyMatch(l -> l.contains(spec.id()) && backLink.matcher(l).find())) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** The task's {@code platform_spec_id} when it names this spec with a version, else the spec's id and version. */
    static String implementsValue(Node spec, FanOutTask t) {
        String named = t.platformSpecId() == null ? "" : t.platformSpecId().strip();
        Ref ref = named.isEmpty() ? null : Ref.parse(named, t.path(), null);
        if (ref != null && spec.id().equalsIgnoreCase(ref.id()) && ref.version() != null) {
            return named;
        }
        return NewDocumentFile.implementsValue(spec);
    }

    /** The task's text without a trailing {@code in specs/x.md}; for a task without text, the spec's title. */
    static String title(FanOutTask t, Node spec, String repo) {
        String text = IN_FILE.matcher(t.text().strip()).replaceFirst("").strip();
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text.isEmpty() ? spec.title() + " in " + repo : text;
    }

    /**
     * The task's {@code context_pack_version}: a bare version ({@code v3}) gets the platform spec's pack name; no
     * value gives the platform spec's own pack.
     */
    static String contextPack(Node spec, FanOutTask t) {
        String own = spec.meta().value(Keys.CONTEXT_PACK);
        own = own == null ? "" : own.strip();
        String v = t.contextPackVersion() == null ? "" : t.contextPackVersion().strip();
        if (v.isEmpty()) {
            return own;
        }
        if (BARE_VERSION.matcher(v).matches() && !own.isEmpty()) {
            String pack = own.split("[\\s@]", 2)[0];
            return pack + " " + (v.toLowerCase(Locale.ROOT).startsWith("v") ? v : "v" + v);
        }
        return v;
    }

    /**
     * The platform spec's contracts that {@code repo} provides (holds it, or is its {@code owner}) or consumes (is
     * one of its {@code consumers}), as {@code CONTRACT-10 v2}.
     */
    static List<String> contracts(SpecGraph g, Node spec, RepoInfo repo) {
        Map<String, String> out = new TreeMap<>();
        for (Edge e : g.outgoing(spec.key(), EdgeKind.DEPENDS_ON)) {
            Optional<Node> c = g.node(e.to()).filter(n -> n.kind() == NodeKind.CONTRACT);
            if (c.isEmpty()) {
                continue;
            }
            Node contract = c.get();
            List<String> parties = new ArrayList<>(contract.meta().items(Keys.CONSUMERS));
            parties.add(contract.meta().value("owner") == null ? "" : contract.meta().value("owner"));
            boolean mine = contract.repo().equals(repo.name()) || parties.stream()
                    .anyMatch(s -> s.strip().equalsIgnoreCase(repo.component())
                            || s.strip().equalsIgnoreCase(repo.name()));
            if (mine) {
                String base = Numbering.baseId(contract.id());
                out.putIfAbsent(base, NewDocumentFile.implementsValue(contract).replace(contract.id(), base));
            }
        }
        return List.copyOf(out.values());
    }
}
