package io.specgraph.parse.openspec;

import io.specgraph.model.OpenSpecStructureIssue;
import io.specgraph.model.OpenSpecStructureIssue.Kind;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two main-spec checks OpenSpec makes on the raw file: the structure issues ({@code findMainSpecStructureIssues}:
 * delta headers, requirement headers outside {@code ## Requirements}, duplicate names) and the placeholder Purpose
 * ({@code findPurposePlaceholderIssue}). Both read the file as Node.js does: line endings normalised, but a BOM kept.
 */
public final class SpecStructure {

    private static final Pattern REQUIREMENTS_SECTION = JsText.js("^##\\s+Requirements\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TOP_LEVEL = JsText.js("^##\\s+");
    private static final Pattern DELTA_HEADER = JsText.js(
            "^##\\s+(ADDED|MODIFIED|REMOVED|RENAMED)\\s+Requirements\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern REQUIREMENT_HEADER = JsText.js("^###\\s+Requirement:\\s*(.+)\\s*$",
            Pattern.CASE_INSENSITIVE);

    static final String PLACEHOLDER_PREFIX = "TBD - created by archiving change ";
    static final String PLACEHOLDER_SUFFIX = ". Update Purpose after archive.";
    private static final String WORD_END = "(?![\\p{L}\\p{N}\\p{M}_])";
    private static final Pattern SHOUTED = Pattern.compile("^(?:TBD|TODO)" + WORD_END);
    private static final Pattern PUNCTUATED = Pattern.compile("^(?:TBD|TODO)" + WORD_END
            + "(?=[ \\t]*(?:\\z|\\n|[:\\-\u2013\u2014.,;()\\[\\]{}]))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PURPOSE_HEADER = Pattern.compile("^ {0,3}##(?!#)[ \\t]+Purpose[ \\t]*\\z",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TOP_HEADER = Pattern.compile("^ {0,3}#{1,2}(?!#)[ \\t]+");

    private SpecStructure() {
    }

    /** {@code findMainSpecStructureIssues} on the raw text (BOM included when the file has one). */
    public static List<OpenSpecStructureIssue> issues(String raw) {
        List<String> lines = JsText.lines(JsText.eolToLf(raw));
        BitSet fenced = JsText.fenceMask(lines);
        for (int i = fenced.nextSetBit(0); i >= 0; i = fenced.nextSetBit(i + 1)) {
            lines.set(i, "");
        }
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (REQUIREMENTS_SECTION.matcher(lines.get(i)).find()) {
                header = i;
                break;
            }
        }
        int end = lines.size();
        if (header >= 0) {
            for (int i = header + 1; i < lines.size(); i++) {
                if (TOP_LEVEL.matcher(lines.get(i)).find()) {
                    end = i;
                    break;
                }
            }
        }
        List<OpenSpecStructureIssue> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = JsText.trim(line);
            if (trimmed.isEmpty()) {
                continue;
            }
            if (DELTA_HEADER.matcher(line).find()) {
                out.add(new OpenSpecStructureIssue(Kind.DELTA_HEADER, i + 1, trimmed, 0));
                continue;
            }
            Matcher m = REQUIREMENT_HEADER.matcher(line);
            if (!m.find()) {
                continue;
            }
            if (header < 0 || i <= header || i >= end) {
                out.add(new OpenSpecStructureIssue(Kind.REQUIREMENT_OUTSIDE, i + 1, trimmed, 0));
                continue;
            }
            String name = RequirementText.normalizeName(m.group(1));
            Integer previous = seen.get(name);
            if (previous != null) {
                out.add(new OpenSpecStructureIssue(Kind.DUPLICATE_REQUIREMENT, i + 1, trimmed, previous));
            } else {
                seen.put(name, i + 1);
            }
        }
        return out;
    }

    /**
     * {@code findPurposePlaceholderIssue}: 0 when the Purpose reads as written by someone, else the line holding the
     * placeholder ({@code -1} when it cannot be located).
     *
     * @param overview the Purpose content, trimmed
     * @param raw      the whole file as read (BOM included)
     */
    public static int placeholder(String overview, String raw) {
        List<String> overviewLines = JsText.lines(JsText.eolToLf(overview));
        BitSet fenced = JsText.fenceMask(overviewLines);
        List<String> unfenced = new ArrayList<>();
        for (int i = 0; i < overviewLines.size(); i++) {
            if (!fenced.get(i)) {
                unfenced.add(overviewLines.get(i));
            }
        }
        String prose = JsText.trim(String.join("\n", unfenced));
        boolean leading = SHOUTED.matcher(prose).find() || PUNCTUATED.matcher(prose).find();
        if (!leading && generatedIndex(prose) < 0) {
            return 0;
        }
        int line = placeholderLine(raw, leading);
        return line > 0 ? line : -1;
    }

    private static int generatedIndex(String text) {
        int suffixAt = text.indexOf(PLACEHOLDER_SUFFIX);
        while (suffixAt != -1) {
            int prefixAt = text.lastIndexOf(PLACEHOLDER_PREFIX, suffixAt);
            if (prefixAt != -1) {
                return prefixAt;
            }
            suffixAt = text.indexOf(PLACEHOLDER_SUFFIX, suffixAt + 1);
        }
        return -1;
    }

    private static int placeholderLine(String raw, boolean leading) {
        List<String> lines = JsText.lines(JsText.eolToLf(raw));
        BitSet fenced = JsText.fenceMask(lines);
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!fenced.get(i) && PURPOSE_HEADER.matcher(lines.get(i)).find()) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            return 0;
        }
        List<Integer> purposeLines = new ArrayList<>();
        StringBuilder purpose = new StringBuilder();
        for (int i = header + 1; i < lines.size(); i++) {
            if (fenced.get(i)) {
                continue;
            }
            if (TOP_HEADER.matcher(lines.get(i)).find()) {
                break;
            }
            if (leading && !JsText.trim(lines.get(i)).isEmpty()) {
                return i + 1;
            }
            if (!purposeLines.isEmpty()) {
                purpose.append('\n');
            }
            purposeLines.add(i + 1);
            purpose.append(lines.get(i));
        }
        if (leading) {
            return 0;
        }
        int prefixAt = generatedIndex(purpose.toString());
        if (prefixAt < 0) {
            return 0;
        }
        int offset = (int) purpose.substring(0, prefixAt).chars().filter(c -> c == '\n').count();
        return offset < purposeLines.size() ? purposeLines.get(offset) : 0;
    }
}
