package io.specgraph.parse.openspec;

import io.specgraph.model.OpenSpecBlock;
import io.specgraph.model.OpenSpecEntry;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenSpec's requirement block reader ({@code requirement-blocks.ts}): the {@code ### Requirement:} blocks of a
 * main spec's {@code ## Requirements} section, and of a delta section.
 */
public final class RequirementBlocks {

    /** The canonical requirement header: {@code /^###\s*Requirement:\s*(.+)\s*$/i}. */
    public static final Pattern REQUIREMENT_HEADER = JsText.js("^###\\s*Requirement:\\s*(.+)\\s*$",
            Pattern.CASE_INSENSITIVE);
    static final Pattern REQUIREMENTS_SECTION = JsText.js("^##\\s+Requirements\\s*$", Pattern.CASE_INSENSITIVE);
    static final Pattern TOP_LEVEL = JsText.js("^##\\s+");
    private static final Pattern H3 = JsText.js("^###\\s+(.+?)\\s*$");

    private RequirementBlocks() {
    }

    /** A slice of a file's lines: the lines, their fence mask, and the 1-based line number of the first. */
    record Body(List<String> lines, BitSet fenced, int firstLine) {
        boolean isRequirementHeader(int i) {
            return !fenced.get(i) && REQUIREMENT_HEADER.matcher(lines.get(i)).find();
        }

        boolean isTopLevel(int i) {
            return !fenced.get(i) && TOP_LEVEL.matcher(lines.get(i)).find();
        }
    }

    /**
     * {@code extractRequirementsSection(content).bodyBlocks}: the blocks of the first {@code ## Requirements}
     * section outside a fence, which ends at the next {@code ## } heading.
     */
    public static List<OpenSpecBlock> requirementsSection(List<String> lines, BitSet fenced) {
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!fenced.get(i) && REQUIREMENTS_SECTION.matcher(lines.get(i)).find()) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            return List.of();
        }
        int end = lines.size();
        for (int i = header + 1; i < lines.size(); i++) {
            if (!fenced.get(i) && TOP_LEVEL.matcher(lines.get(i)).find()) {
                end = i;
                break;
            }
        }
        return blocks(slice(lines, fenced, header + 1, end), null);
    }

    static Body slice(List<String> lines, BitSet fenced, int from, int to) {
        return new Body(lines.subList(from, to), fenced.get(from, to), from + 1);
    }

    /**
     * {@code parseRequirementBlocksFromSection}: the {@code ### Requirement:} blocks of a section body, each running
     * to the next requirement header or {@code ## } heading. With {@code skipped} set, other {@code ###} headings
     * outside fences are recorded there under {@code section}.
     */
    static List<OpenSpecBlock> blocks(Body body, SkipSink skipped) {
        List<OpenSpecBlock> out = new ArrayList<>();
        List<String> lines = body.lines();
        int i = 0;
        while (i < lines.size()) {
            while (i < lines.size() && !body.isRequirementHeader(i)) {
                record(body, i, skipped);
                i++;
            }
            if (i >= lines.size()) {
                break;
            }
            String headerLine = lines.get(i);
            Matcher m = REQUIREMENT_HEADER.matcher(headerLine);
            m.find();
            String name = RequirementText.normalizeName(m.group(1));
            int start = i;
            i++;
            while (i < lines.size() && !body.isRequirementHeader(i) && !body.isTopLevel(i)) {
                record(body, i, skipped);
                i++;
            }
            out.add(RequirementText.block(name, headerLine, body.firstLine() + start, lines.subList(start, i)));
        }
        return out;
    }

    private static void record(Body body, int i, SkipSink skipped) {
        if (skipped == null || body.fenced().get(i)) {
            return;
        }
        Matcher h3 = H3.matcher(body.lines().get(i));
        if (h3.find() && !REQUIREMENT_HEADER.matcher(body.lines().get(i)).find()) {
            skipped.entries.add(new OpenSpecEntry(JsText.trim(h3.group(1)), skipped.section, body.firstLine() + i));
        }
    }

    /** Where skipped {@code ###} headings of one section go. */
    static final class SkipSink {
        private final String section;
        private final List<OpenSpecEntry> entries;

        SkipSink(String section, List<OpenSpecEntry> entries) {
            this.section = section;
            this.entries = entries;
        }
    }
}
