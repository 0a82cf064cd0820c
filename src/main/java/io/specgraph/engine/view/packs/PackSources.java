package io.specgraph.engine.view.packs;

import io.specgraph.engine.Workspace;
import io.specgraph.graph.Resolver;
import io.specgraph.model.Content;
import io.specgraph.model.Heading;
import io.specgraph.model.Keys;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Ref;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.RepoRole;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a context pack is built from, read from the workspace: the constitution (version, principles), the
 * invariants of the pack's domains, the contracts its components own or consume (newest versions), and the
 * components' constraints ({@code constraints:} in {@code context/component.yaml}, and their approved ADRs).
 * The pack's components are the repos whose {@code component.yaml} lists the pack or whose specs pin it; its
 * domains are theirs, those the specs pinning it affect, and those the previous version listed.
 *
 * @param mcps        the MCP sources and versions ({@code Platform MCP v3} …)
 * @param policies    the platform policy lines
 * @param invariants  domain → its invariants
 * @param contracts   the contract lines
 * @param constraints component → its constraints
 */
record PackSources(List<String> mcps, List<String> policies, Map<String, List<String>> invariants,
                   List<String> contracts, Map<String, List<String>> constraints) {

    static PackSources of(Workspace ws, String packId, Node previous, List<String> previousDomains) {
        List<RepoInfo> components = components(ws, packId);
        Set<String> names = new TreeSet<>();
        Set<String> domains = new TreeSet<>(previousDomains);
        for (RepoInfo r : components) {
            names.add(r.component().toLowerCase(Locale.ROOT));
            if (r.domain() != null && !r.domain().isBlank()) {
                domains.add(r.domain());
            }
        }
        pinning(ws, packId).forEach(n -> n.meta().items(Keys.AFFECTS).stream()
                .filter(a -> !a.contains(":")).forEach(domains::add));
        Map<String, List<String>> invariants = new TreeMap<>();
        for (String d : domains) {
            ws.graph().nodes().stream().filter(n -> n.kind() == NodeKind.DOMAIN && n.id().equalsIgnoreCase(d))
                    .findFirst().ifPresent(n -> invariants.put(n.id(), items(n.content(), "invariant")));
        }
        Map<String, List<String>> constraints = new TreeMap<>();
        for (RepoInfo r : components) {
            List<String> mine = new ArrayList<>(yamlList(r.path().resolve("context/component.yaml"), "constraints"));
            ws.graph().nodes().stream().filter(n -> n.repo().equals(r.name()) && n.kind() == NodeKind.ADR
                    && n.state() == LifecycleState.APPROVED).sorted(Comparator.comparing(Node::id))
                    .forEach(n -> mine.add(n.id() + " " + n.title() + " (approved)"));
            constraints.put(r.component(), mine);
        }
        return new PackSources(mcps(ws, previous), policies(ws), invariants, contracts(ws, names, domains),
                constraints);
    }

    /** The constitution line and its principles (level-3 headings), from the platform repos' constitutions. */
    private static List<String> policies(Workspace ws) {
        List<String> out = new ArrayList<>();
        for (Node c : constitutions(ws)) {
            StringBuilder line = new StringBuilder("Constitution " + (c.version() == null ? "(no version)"
                    : c.version()));
            String ratified = c.meta().value("ratified");
            String amended = c.meta().value("last_amended");
            if (ratified != null && !ratified.isBlank()) {
                line.append(", ratified ").append(ratified);
            }
            if (amended != null && !amended.isBlank()) {
                line.append(", last amended ").append(amended);
            }
            out.add(line.toString());
            boolean under = c.content().headings().stream().noneMatch(PackSources::principles);
            for (Heading h : c.content().headings()) {
                if (h.level() <= 2) {
                    under = principles(h) || c.content().headings().stream().noneMatch(PackSources::principles);
                } else if (h.level() == 3 && under) {
                    out.add("Principle " + Heading.plain(h.text()));
                }
            }
        }
        return out;
    }

    private static boolean principles(Heading h) {
        return h.level() == 2 && h.text().toLowerCase(Locale.ROOT).contains("principle");
    }

    private static List<Node> constitutions(Workspace ws) {
        List<Node> all = ws.graph().nodes().stream().filter(n -> n.kind() == NodeKind.CONSTITUTION).toList();
        List<Node> platform = all.stream().filter(n -> ws.graph().repo(n.repo())
                .map(r -> r.role() == RepoRole.PLATFORM).orElse(false)).toList();
        return platform.isEmpty() ? all : platform;
    }

    /** The previous version's MCP sources, the Platform MCP as the constitution says it is derived from. */
    private static List<String> mcps(Workspace ws, Node previous) {
        List<String> out = new ArrayList<>(previous == null ? List.of() : previous.meta().items(Keys.SOURCES));
        for (Node c : constitutions(ws)) {
            String from = c.meta().value("derived_from");
            if (from != null && !from.isBlank()) {
                String mcp = from.strip().replaceFirst("\\s+v?[\\d.]+$", "");
                out.removeIf(s -> s.strip().replaceFirst("\\s+v?[\\d.]+$", "").equalsIgnoreCase(mcp));
                out.add(0, from.strip());
            }
        }
        return out;
    }

    /** The newest version of every contract that one of {@code components} owns or consumes, or in a domain. */
    private static List<String> contracts(Workspace ws, Set<String> components, Set<String> domains) {
        Map<String, Node> newest = new TreeMap<>();
        for (Node n : ws.graph().nodes()) {
            if (n.kind() != NodeKind.CONTRACT) {
                continue;
            }
            newest.merge(Resolver.baseId(n), n, (a, b) -> b.parsedVersion() != null && (a.parsedVersion() == null
                    || b.parsedVersion().compareTo(a.parsedVersion()) > 0) ? b : a);
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Node> e : newest.entrySet()) {
            Node c = e.getValue();
            List<String> consumers = c.meta().items(Keys.CONSUMERS);
            String owner = String.valueOf(c.meta().value("owner")).toLowerCase(Locale.ROOT);
            boolean mine = consumers.stream().anyMatch(x -> components.contains(x.strip().toLowerCase(Locale.ROOT)))
                    || components.contains(owner)
                    || domains.stream().anyMatch(d -> d.equalsIgnoreCase(c.meta().value(Keys.DOMAIN)));
            if (mine || components.isEmpty() && domains.isEmpty()) {
                String title = c.meta().value(Keys.TITLE);
                title = (title == null || title.isBlank() ? c.title() : title)
                        .replaceFirst("^" + java.util.regex.Pattern.quote(e.getKey()) + "(\\s+\\S+)?\\s+[\u2014:-]\\s+", "");
                out.add(e.getKey() + " " + (c.version() == null ? "(no version)" : c.version()) + " " + title
                        + ("yes".equalsIgnoreCase(c.meta().value(Keys.BREAKING)) ? ", breaking" : "")
                        + (c.state() == null ? "" : ", " + c.state().label())
                        + ". Consumers: " + (consumers.isEmpty() ? "none listed" : String.join(", ", consumers)) + ".");
            }
        }
        return out;
    }

    /** The component repos that use the pack: listed in their component.yaml, or pinned by one of their specs. */
    private static List<RepoInfo> components(Workspace ws, String packId) {
        Map<String, RepoInfo> out = new LinkedHashMap<>();
        for (RepoInfo r : ws.graph().repos()) {
            if (r.role() == RepoRole.COMPONENT && yamlList(r.path().resolve("context/component.yaml"),
                    "context_packs").stream().anyMatch(p -> p.strip().equalsIgnoreCase(packId))) {
                out.put(r.name(), r);
            }
        }
        for (Node n : pinning(ws, packId)) {
            ws.graph().repo(n.repo()).filter(r -> r.role() == RepoRole.COMPONENT).ifPresent(r -> out.put(r.name(), r));
        }
        return out.values().stream().sorted(Comparator.comparing(RepoInfo::component)).toList();
    }

    /** The specs that pin the pack (any version). */
    static List<Node> pinning(Workspace ws, String packId) {
        return ws.graph().nodes().stream().filter(n -> n.kind() == NodeKind.PLATFORM_SPEC
                || n.kind() == NodeKind.COMPONENT_SPEC).filter(n -> {
                    String v = n.meta().value(Keys.CONTEXT_PACK);
                    Ref ref = v == null ? null : Ref.parse(v, n.path(), null);
                    Ref split = ref == null ? null : ref.splitVersionSuffix();
                    return split != null && packId.equalsIgnoreCase(split.id());
                }).toList();
    }

    /** The items (numbered or bulleted, continuation lines joined) of the first section whose heading mentions {@code word}. */
    static List<String> items(Content c, String word) {
        List<String> out = new ArrayList<>();
        for (Heading h : c.headings(x -> x.text().toLowerCase(Locale.ROOT).contains(word))) {
            for (int n = h.line() + 1; n <= c.sectionEnd(h); n++) {
                String l = c.line(n);
                String s = l.strip();
                if (s.matches("^(\\d+[.)]|[-*+])\\s+.*")) {
                    out.add(s.replaceFirst("^(\\d+[.)]|[-*+])\\s+", ""));
                } else if (!s.isEmpty() && !out.isEmpty() && Character.isWhitespace(l.charAt(0))) {
                    out.set(out.size() - 1, out.get(out.size() - 1) + " " + s);
                }
            }
            break;
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> yamlList(Path file, String key) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
            Object v = doc instanceof Map<?, ?> m ? ((Map<String, Object>) m).get(key) : null;
            if (v instanceof List<?> l) {
                return l.stream().map(String::valueOf).toList();
            }
            return v == null ? List.of() : List.of(String.valueOf(v));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
