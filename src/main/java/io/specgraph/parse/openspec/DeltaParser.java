package io.specgraph.parse.openspec;

import io.specgraph.model.OpenSpecBlock;
import io.specgraph.model.OpenSpecDelta;
import io.specgraph.model.OpenSpecEntry;
import io.specgraph.model.OpenSpecRename;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenSpec's delta reader ({@code parseDeltaSpec}): the {@code ## ADDED|MODIFIED|REMOVED|RENAMED Requirements}
 * sections of a change's spec file (titles matched case-insensitively and exactly; repeated sections all count),
 * their requirement blocks, REMOVED names (heading or bullet form), RENAMED {@code FROM:}/{@code TO:} pairs, and
 * what the reader skips or ignores, each with its line.
 */
public final class DeltaParser {

    /** The four operations, in the order OpenSpec reports their sections. */
    public static final List<String> OPERATIONS = List.of("ADDED", "MODIFIED", "REMOVED", "RENAMED");

    private static final Pattern SECTION = JsText.js("^(##)\\s+(.+)$");
    private static final Pattern REMOVED_BULLET = JsText.js("^\\s*[-*+]\\s*`?###\\s*Requirement:\\s*(.+?)`?\\s*$");
    private static final Pattern FROM = JsText.js("^\\s*[-*+]?\\s*FROM:\\s*`?###\\s*Requirement:\\s*(.+?)`?\\s*$");
    private static final Pattern TO = JsText.js("^\\s*[-*+]?\\s*TO:\\s*`?###\\s*Requirement:\\s*(.+?)`?\\s*$");
    private static final Set<String> DELTA_TITLES = Set.of("added requirements", "modified requirements",
            "removed requirements", "renamed requirements");

    private DeltaParser() {
    }

    private record Top(String title, int index) {
    }

    /**
     * Parses a delta file.
     *
     * @param text       the file's decoded text (a BOM is ignored)
     * @param path       the file, repo-relative
     * @param entryPath  the file relative to the change's {@code specs/}
     * @param capability the capability it belongs to
     * @param file       how OpenSpec treats the file
     */
    public static OpenSpecDelta parse(String text, String path, String entryPath, String capability,
                                      OpenSpecDelta.DeltaFile file) {
        List<String> lines = JsText.lines(JsText.normalize(text));
        BitSet fenced = JsText.fenceMask(lines);
        List<Top> tops = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (fenced.get(i)) {
                continue;
            }
            Matcher m = SECTION.matcher(lines.get(i));
            if (m.find()) {
                tops.add(new Top(JsText.trim(m.group(2)), i));
            }
        }
        List<OpenSpecEntry> sections = new ArrayList<>();
        List<OpenSpecEntry> deltaSections = new ArrayList<>();
        List<OpenSpecBlock> added = new ArrayList<>();
        List<OpenSpecBlock> modified = new ArrayList<>();
        List<OpenSpecEntry> removed = new ArrayList<>();
        List<OpenSpecBlock> removedBlocks = new ArrayList<>();
        List<OpenSpecRename> renamed = new ArrayList<>();
        List<OpenSpecEntry> unpaired = new ArrayList<>();
        List<OpenSpecEntry> skipped = new ArrayList<>();
        // Skipped headings are reported under the first spelling of the section title, as OpenSpec does.
        String[] firstTitle = new String[OPERATIONS.size()];
        for (Top t : tops) {
            int op = operation(t.title());
            if (op >= 0 && firstTitle[op] == null) {
                firstTitle[op] = t.title();
            }
        }
        for (int k = 0; k < tops.size(); k++) {
            Top t = tops.get(k);
            sections.add(new OpenSpecEntry(t.title(), null, t.index() + 1));
            int op = operation(t.title());
            if (op < 0) {
                continue;
            }
            deltaSections.add(new OpenSpecEntry(t.title(), OPERATIONS.get(op), t.index() + 1));
            int end = k + 1 < tops.size() ? tops.get(k + 1).index() : lines.size();
            RequirementBlocks.Body body = RequirementBlocks.slice(lines, fenced, t.index() + 1, end);
            switch (op) {
                case 0 -> added.addAll(RequirementBlocks.blocks(body,
                        new RequirementBlocks.SkipSink(firstTitle[op], skipped)));
                case 1 -> modified.addAll(RequirementBlocks.blocks(body,
                        new RequirementBlocks.SkipSink(firstTitle[op], skipped)));
                case 2 -> {
                    removed.addAll(removedNames(body, t.title()));
                    removedBlocks.addAll(RequirementBlocks.blocks(body, null));
                }
                default -> renamed.addAll(renames(body, unpaired));
            }
        }
        unpaired.sort(Comparator.comparingInt(OpenSpecEntry::line));
        skipped.sort(Comparator.comparingInt(OpenSpecEntry::line));
        return new OpenSpecDelta(path, entryPath, capability, file, sections, deltaSections, added, modified, removed,
                removedBlocks, renamed, unpaired, orphans(lines, fenced), skipped);
    }

    /** True when the text has at least one delta section (what marks a file as a delta file). */
    public static boolean hasDeltaSections(String text) {
        List<String> lines = JsText.lines(JsText.normalize(text));
        BitSet fenced = JsText.fenceMask(lines);
        for (int i = 0; i < lines.size(); i++) {
            if (!fenced.get(i)) {
                Matcher m = SECTION.matcher(lines.get(i));
                if (m.find() && operation(JsText.trim(m.group(2))) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The index in {@link #OPERATIONS} of a section title, or -1. */
    static int operation(String title) {
        String t = JsText.lower(title);
        for (int i = 0; i < OPERATIONS.size(); i++) {
            if (t.equals(JsText.lower(OPERATIONS.get(i)) + " requirements")) {
                return i;
            }
        }
        return -1;
    }

    private static List<OpenSpecEntry> removedNames(RequirementBlocks.Body body, String section) {
        List<OpenSpecEntry> names = new ArrayList<>();
        for (int i = 0; i < body.lines().size(); i++) {
            if (body.fenced().get(i)) {
                continue;
            }
            String line = body.lines().get(i);
            Matcher m = RequirementBlocks.REQUIREMENT_HEADER.matcher(line);
            if (m.find()) {
                names.add(new OpenSpecEntry(RequirementText.normalizeName(m.group(1)), section, body.firstLine() + i));
                continue;
            }
            Matcher b = REMOVED_BULLET.matcher(line);
            if (b.find()) {
                names.add(new OpenSpecEntry(RequirementText.normalizeName(b.group(1)), section, body.firstLine() + i));
            }
        }
        return names;
    }

    private static List<OpenSpecRename> renames(RequirementBlocks.Body body, List<OpenSpecEntry> unpaired) {
        List<OpenSpecRename> pairs = new ArrayList<>();
        String pendingName = null;
        int pendingLine = 0;
        for (int i = 0; i < body.lines().size(); i++) {
            if (body.fenced().get(i)) {
                continue;
            }
            String line = body.lines().get(i);
            int lineNo = body.firstLine() + i;
            Matcher from = FROM.matcher(line);
            if (from.find()) {
                if (pendingName != null) {
                    unpaired.add(new OpenSpecEntry(pendingName, "FROM", pendingLine));
                }
                pendingName = RequirementText.normalizeName(from.group(1));
                pendingLine = lineNo;
                continue;
            }
            Matcher to = TO.matcher(line);
            if (to.find()) {
                String name = RequirementText.normalizeName(to.group(1));
                if (pendingName == null) {
                    unpaired.add(new OpenSpecEntry(name, "TO", lineNo));
                    continue;
                }
                pairs.add(new OpenSpecRename(pendingName, name, pendingLine, lineNo));
                pendingName = null;
            }
        }
        if (pendingName != null) {
            unpaired.add(new OpenSpecEntry(pendingName, "FROM", pendingLine));
        }
        return pairs;
    }

    private static List<OpenSpecEntry> orphans(List<String> lines, BitSet fenced) {
        List<OpenSpecEntry> out = new ArrayList<>();
        String section = null;
        for (int i = 0; i < lines.size(); i++) {
            if (fenced.get(i)) {
                continue;
            }
            Matcher s = SECTION.matcher(lines.get(i));
            if (s.find()) {
                section = JsText.trim(s.group(2));
                continue;
            }
            if (section != null && DELTA_TITLES.contains(JsText.lower(section))) {
                continue;
            }
            Matcher h = RequirementBlocks.REQUIREMENT_HEADER.matcher(lines.get(i));
            if (h.find()) {
                out.add(new OpenSpecEntry(RequirementText.normalizeName(h.group(1)), section, i + 1));
            }
        }
        return out;
    }
}
