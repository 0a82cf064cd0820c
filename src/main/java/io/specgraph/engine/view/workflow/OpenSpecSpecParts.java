package io.specgraph.engine.view.workflow;

import io.specgraph.model.OpenSpecBlock;
import io.specgraph.parse.openspec.JsText;
import io.specgraph.parse.openspec.RequirementBlocks;
import io.specgraph.parse.openspec.RequirementText;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A main spec cut the way OpenSpec's archive cuts it before merging ({@code extractRequirementsSection}): the text
 * before the first {@code ## Requirements} heading outside a fence, that heading, the lines before its first
 * {@code ### Requirement:} block (preamble), the blocks, and everything from the next {@code ## } heading on.
 * {@link #join} puts the slices back together as archive writes them: one blank line between non-empty slices and
 * between blocks, LF line endings, one final newline.
 *
 * @param before     the text before the Requirements heading
 * @param headerLine the heading line as written ({@code ## Requirements} when the spec has none)
 * @param preamble   the lines before the first block, trimmed at the end
 * @param blocks     the requirement blocks in file order
 * @param after      the text from the next {@code ## } heading on
 */
record OpenSpecSpecParts(String before, String headerLine, String preamble, List<OpenSpecBlock> blocks,
                         String after) {

    private static final Pattern REQUIREMENTS = Pattern.compile("^##\\s+Requirements\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOP = Pattern.compile("^##\\s+");

    /** The first line of the Purpose placeholder archive writes into a new capability. */
    static final String PLACEHOLDER_PREFIX = "TBD - created by archiving change ";
    static final String PLACEHOLDER_SUFFIX = ". Update Purpose after archive.";

    OpenSpecSpecParts {
        blocks = List.copyOf(blocks);
    }

    /** Cuts {@code text} (BOM and CR removed first). */
    static OpenSpecSpecParts of(String text) {
        String normalized = JsText.normalize(text);
        List<String> lines = JsText.lines(normalized);
        BitSet fenced = JsText.fenceMask(lines);
        int header = -1;
        for (int i = 0; i < lines.size() && header < 0; i++) {
            if (!fenced.get(i) && REQUIREMENTS.matcher(lines.get(i)).find()) {
                header = i;
            }
        }
        if (header < 0) {
            String b = JsText.trimEnd(normalized);
            return new OpenSpecSpecParts(b.isEmpty() ? "" : b + "\n\n", "## Requirements", "", List.of(), "\n");
        }
        int end = lines.size();
        for (int i = header + 1; i < lines.size(); i++) {
            if (!fenced.get(i) && TOP.matcher(lines.get(i)).find()) {
                end = i;
                break;
            }
        }
        int i = header + 1;
        List<String> preamble = new ArrayList<>();
        while (i < end && !isRequirement(lines, fenced, i)) {
            preamble.add(lines.get(i++));
        }
        List<OpenSpecBlock> blocks = new ArrayList<>();
        while (i < end) {
            int start = i++;
            while (i < end && !isRequirement(lines, fenced, i)
                    && !(!fenced.get(i) && TOP.matcher(lines.get(i)).find())) {
                i++;
            }
            var m = RequirementBlocks.REQUIREMENT_HEADER.matcher(lines.get(start));
            m.find();
            blocks.add(RequirementText.block(RequirementText.normalizeName(m.group(1)), lines.get(start), start + 1,
                    lines.subList(start, i)));
        }
        return new OpenSpecSpecParts(String.join("\n", lines.subList(0, header)), lines.get(header),
                JsText.trimEnd(String.join("\n", preamble)), blocks, String.join("\n", lines.subList(end,
                lines.size())));
    }

    private static boolean isRequirement(List<String> lines, BitSet fenced, int i) {
        return !fenced.get(i) && RequirementBlocks.REQUIREMENT_HEADER.matcher(lines.get(i)).find();
    }

    /** The spec with {@code merged} as its requirement blocks, as archive writes it. */
    String join(List<String> mergedRaws) {
        List<String> body = new ArrayList<>();
        if (!JsText.trim(preamble).isEmpty()) {
            body.add(JsText.trimEnd(preamble));
        }
        body.addAll(mergedRaws);
        String req = JsText.trimEnd(String.join("\n\n", body));
        List<String> slices = new ArrayList<>();
        for (String s : List.of(JsText.trimEnd(before), headerLine, req, JsText.trim(after))) {
            if (!s.isEmpty()) {
                slices.add(s);
            }
        }
        return JsText.trimEnd(String.join("\n\n", slices).replaceAll("\n{3,}", "\n\n")) + "\n";
    }

    /** The skeleton of a new capability's spec ({@code buildSpecSkeleton}). */
    static String skeleton(String capability, String changeName, String purpose) {
        String body = purpose == null || JsText.trim(purpose).isEmpty()
                ? PLACEHOLDER_PREFIX + changeName + PLACEHOLDER_SUFFIX : JsText.trim(purpose);
        return "# " + capability + " Specification\n\n## Purpose\n" + body + "\n\n## Requirements\n";
    }

    /**
     * The body of the first {@code ## Purpose} section outside fences, trimmed, or null when absent or empty. A body
     * holding an HTML comment is not carried over (archive writes the placeholder then).
     */
    static String purpose(String text) {
        List<String> lines = JsText.lines(JsText.normalize(text));
        BitSet fenced = JsText.fenceMask(lines);
        for (int i = 0; i < lines.size(); i++) {
            if (!fenced.get(i) && lines.get(i).matches("(?i)^##\\s+Purpose\\s*$")) {
                int end = i + 1;
                while (end < lines.size() && (fenced.get(end) || !TOP.matcher(lines.get(end)).find())) {
                    end++;
                }
                String body = JsText.trim(String.join("\n", lines.subList(i + 1, end)));
                return body.isEmpty() || body.contains("<!--") || body.contains("\n#") || body.startsWith("#")
                        ? null : body;
            }
        }
        return null;
    }
}
