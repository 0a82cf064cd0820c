package io.specgraph.engine.view.packs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A context pack's text in the layout the demo's packs use: YAML front matter ({@code id}, {@code version},
 * {@code title}, {@code built_by}, {@code built}, {@code sources}), a heading, one line saying what it follows, and
 * one section per source — platform policies, domain invariants, integration contracts, component constraints —
 * each headed with the MCP it comes from; and the same sections read back, to compare two versions.
 */
final class PackText {

    static final String POLICIES = "Platform policies";
    static final String INVARIANTS = "Domain invariants";
    static final String CONTRACTS = "Integration contracts";
    static final String CONSTRAINTS = "Component constraints";
    static final String SOURCES = "Sources";

    private PackText() {
    }

    /** The document of pack {@code id} at {@code version}, following {@code previousFile} (null for a first one). */
    static String render(String id, String version, String title, String previousFile, String previousVersion,
                         PackSources s, LocalDate date) {
        StringBuilder b = new StringBuilder("---\n");
        b.append("id: ").append(id).append('\n');
        b.append("version: ").append(version).append('\n');
        b.append("title: ").append(title).append('\n');
        b.append("built_by: Specgraph (from the platform's sources)\n");
        b.append("built: ").append(date).append('\n');
        b.append("sources:").append(s.mcps().isEmpty() ? " []\n" : "\n");
        s.mcps().forEach(m -> b.append("  - ").append(m).append('\n'));
        b.append("---\n\n# ").append(title).append("\n\n");
        b.append("Assembled on ").append(date).append(" from the platform's sources: the constitution, the invariants of "
                + "the pack's domains, the contracts at their current versions and the component constraints.");
        if (previousFile != null) {
            b.append(" Follows [").append(previousVersion).append("](").append(previousFile).append(").");
        }
        b.append('\n');
        section(b, POLICIES, mcp(s, "Platform MCP"), s.policies());
        List<String> inv = new ArrayList<>();
        s.invariants().forEach((d, items) -> items.forEach(i -> inv.add(d + ": " + i)));
        section(b, INVARIANTS, mcp(s, "Domain MCP"), inv);
        section(b, CONTRACTS, mcp(s, "Integration MCP"), s.contracts());
        List<String> con = new ArrayList<>();
        s.constraints().forEach((c, items) -> items.forEach(i -> con.add(c + ": " + i)));
        section(b, CONSTRAINTS, mcp(s, "Component MCP"), con);
        return b.toString();
    }

    private static String mcp(PackSources s, String name) {
        return s.mcps().stream().filter(m -> m.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
    }

    private static void section(StringBuilder b, String title, String mcp, List<String> items) {
        b.append("\n## ").append(title).append(mcp == null ? "" : " (" + mcp + ")").append("\n\n");
        if (items.isEmpty()) {
            b.append("- none\n");
        }
        items.forEach(i -> b.append("- ").append(i).append('\n'));
    }

    /**
     * The items of a pack's text by section (the heading before any {@code (…)}), with the front matter's
     * {@code sources} as the section {@value #SOURCES}; wrapped bullet lines are joined.
     */
    static Map<String, Set<String>> sections(String text) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        String current = null;
        String last = null;
        boolean front = text.startsWith("---");
        int n = 0;
        for (String line : text.split("\r?\n", -1)) {
            n++;
            if (front && n > 1 && line.strip().equals("---")) {
                front = false;
                current = null;
                continue;
            }
            if (front) {
                current = line.startsWith("sources:") ? SOURCES : line.matches("^\\S.*") ? null : current;
            } else if (line.startsWith("## ")) {
                current = line.substring(3).replaceFirst("\\s*\\(.*$", "").strip();
                continue;
            } else if (line.startsWith("#")) {
                current = null;
            }
            String s = line.strip();
            if (current != null && s.matches("^[-*+]\\s+.*")) {
                last = s.replaceFirst("^[-*+]\\s+", "").strip();
                out.computeIfAbsent(current, k -> new LinkedHashSet<>()).add(last);
            } else if (current != null && last != null && !s.isEmpty() && Character.isWhitespace(line.charAt(0))
                    && !front) {
                Set<String> items = out.get(current);
                items.remove(last);
                last = last + " " + s;
                items.add(last);
            } else if (s.isEmpty()) {
                last = null;
            }
        }
        out.values().forEach(v -> v.remove("none"));
        return out;
    }

    /** What is in {@code next} and not in {@code previous} (added), and the reverse, section by section. */
    static List<PackDraft.Change> changes(String previous, String next) {
        Map<String, Set<String>> a = sections(previous);
        Map<String, Set<String>> b = sections(next);
        Set<String> names = new LinkedHashSet<>(a.keySet());
        names.addAll(b.keySet());
        List<PackDraft.Change> out = new ArrayList<>();
        for (String name : names) {
            Set<String> was = a.getOrDefault(name, Set.of());
            Set<String> now = b.getOrDefault(name, Set.of());
            was.stream().filter(i -> !now.contains(i)).forEach(i -> out.add(new PackDraft.Change(name, false, i)));
            now.stream().filter(i -> !was.contains(i)).forEach(i -> out.add(new PackDraft.Change(name, true, i)));
        }
        return out;
    }
}
