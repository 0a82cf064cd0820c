package io.specgraph.parse.openspec;

import io.specgraph.model.OpenSpecBlock;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * OpenSpec's shared requirement readers ({@code requirement-text.ts}, the scenario half of
 * {@code requirement-blocks.ts}): the requirement body, scenario counts and scenario names, and requirement names.
 */
public final class RequirementText {

    private static final Pattern METADATA_LINE = JsText.js("^\\*\\*[^*]+\\*\\*:");
    private static final Pattern HEADER_LINE = JsText.js("^#{1,6}\\s");
    private static final Pattern SCENARIO_HEADER = JsText.js("^####\\s+");
    private static final Pattern SCENARIO_BODY_END = JsText.js("^#{1,4}\\s");
    private static final Pattern CLOSING_HASHES = Pattern.compile("[ \\t]+#+[ \\t]*\\z");
    private static final Pattern SCENARIO_PREFIX = JsText.js("^Scenario:\\s*", Pattern.CASE_INSENSITIVE);

    private RequirementText() {
    }

    /**
     * {@code extractRequirementBody}: the body lines up to the first heading outside a fence, trimmed, blank and
     * fenced lines skipped, {@code **Key**: value} lines kept only when nothing else is there.
     */
    public static String body(List<String> bodyLines) {
        BitSet mask = JsText.fenceMask(bodyLines);
        List<String> captured = new ArrayList<>();
        List<String> metadata = new ArrayList<>();
        for (int i = 0; i < bodyLines.size(); i++) {
            if (mask.get(i)) {
                continue;
            }
            String line = bodyLines.get(i);
            if (HEADER_LINE.matcher(line).find()) {
                break;
            }
            String trimmed = JsText.trim(line);
            if (trimmed.isEmpty()) {
                continue;
            }
            if (METADATA_LINE.matcher(trimmed).find()) {
                metadata.add(trimmed);
                continue;
            }
            captured.add(trimmed);
        }
        return String.join("\n", captured.isEmpty() ? metadata : captured);
    }

    /** {@code extractRequirementText}: the body, else the heading title (trimmed). */
    public static String text(String headerTitle, List<String> bodyLines) {
        String b = body(bodyLines);
        return b.isEmpty() ? JsText.trim(headerTitle) : b;
    }

    /** {@code normalizeRequirementName}: a closing run of {@code #}s (after a space or tab) removed, trimmed. */
    public static String normalizeName(String name) {
        return JsText.trim(CLOSING_HASHES.matcher(name).replaceFirst(""));
    }

    /** {@code foldRequirementName}: normalised, lower case, whitespace runs collapsed (near-miss checks only). */
    public static String foldName(String name) {
        return JsText.lower(normalizeName(name)).replaceAll(JsText.WS + "+", " ");
    }

    /** The name OpenSpec compares a scenario by, from its heading text (after the {@code #}s). */
    public static String scenarioName(String headingText) {
        String s = CLOSING_HASHES.matcher(headingText).replaceFirst("");
        s = SCENARIO_PREFIX.matcher(s).replaceFirst("");
        return JsText.trim(s);
    }

    /** A requirement block from its lines (header first), as the validator and archive read it. */
    public static OpenSpecBlock block(String name, String header, int line, List<String> blockLines) {
        String raw = JsText.trimEnd(String.join("\n", blockLines));
        List<String> rawLines = JsText.lines(raw);
        List<String> bodyLines = rawLines.subList(1, rawLines.size());
        BitSet mask = JsText.fenceMask(bodyLines);
        int withBody = 0;
        int empty = 0;
        for (String scenarioBody : scenarioBodies(bodyLines, mask)) {
            if (JsText.trim(scenarioBody).isEmpty()) {
                empty++;
            } else {
                withBody++;
            }
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < bodyLines.size(); i++) {
            if (!mask.get(i) && SCENARIO_HEADER.matcher(bodyLines.get(i)).find()) {
                names.add(scenarioName(SCENARIO_HEADER.matcher(bodyLines.get(i)).replaceFirst("")));
            }
        }
        return new OpenSpecBlock(name, header, line, raw, body(bodyLines), withBody, empty, names);
    }

    /** Each level-4 heading's body: up to the next heading of level 4 or above outside a fence. */
    private static List<String> scenarioBodies(List<String> bodyLines, BitSet mask) {
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < bodyLines.size(); i++) {
            if (mask.get(i) || !SCENARIO_HEADER.matcher(bodyLines.get(i)).find()) {
                continue;
            }
            int end = i + 1;
            while (end < bodyLines.size() && (mask.get(end) || !SCENARIO_BODY_END.matcher(bodyLines.get(end)).find())) {
                end++;
            }
            bodies.add(String.join("\n", bodyLines.subList(i + 1, end)));
        }
        return bodies;
    }
}
