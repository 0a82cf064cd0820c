package io.specgraph.parse.openspec;

import io.specgraph.model.OpenSpecTask;
import io.specgraph.model.OpenSpecTaskFile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a change's task file the way the {@code openspec} CLI (1.13) does: task lines by its
 * {@code TASK_LINE_PATTERN} (any list marker, one-character boxes, counted inside fences and comments too),
 * {@code ## N.} groups and task numbers ({@code task-numbering.ts}), and the first rendered list item
 * ({@code task-checkboxes.ts}). Lines are split on {@code \n} only, as Node.js splits them.
 */
public final class TaskParser {

    private static final Pattern TASK_LINE = Pattern.compile("^" + JsText.WS + "*(?:[-*+]|\\d{1,9}[.)])" + JsText.WS
            + "*\\[(?:" + JsText.WS + "*([^\\]" + inner() + "]?)" + JsText.WS + "*\\](?![(\\[])|" + JsText.WS
            + "+\\])" + JsText.WS + "*(" + JsText.DOT + "*)");
    private static final Pattern LEVEL_TWO = Pattern.compile("^ {0,3}##(?!#)(?:[ \\t]+|[ \\t]*\\r?\\z)");
    private static final Pattern NUMBERED_GROUP = Pattern.compile("^ {0,3}##[ \\t]+(\\d+)\\.(?:[ \\t]|\\r?\\z)");
    private static final Pattern TASK_ID = Pattern.compile("^(\\d+(?:\\.\\d+)+(?:[A-Za-z]+)?)(?="
            + JsText.WS + "|\\z)");
    private static final Pattern LIST_ITEM = Pattern.compile("^" + JsText.WS + "*(?:[-*+]|\\d{1,9}[.)])" + JsText.WS
            + "+" + JsText.NON_WS);
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(" + JsText.DOT + "*)");
    private static final Pattern FRONT_MATTER = Pattern.compile("^-{3}" + JsText.WS + "*\\z");

    private TaskParser() {
    }

    private static String inner() {
        return JsText.WS.substring(1, JsText.WS.length() - 1);
    }

    /**
     * @param raw        the file as Node.js reads it (BOM included, line endings as written)
     * @param path       the file, repo-relative
     * @param changePath the file relative to its change folder
     * @param tracked    the change's schema tracks the file
     */
    public static OpenSpecTaskFile parse(String raw, String path, String changePath, boolean tracked) {
        List<String> lines = JsText.lines(raw);
        boolean numbered = lines.stream().anyMatch(l -> NUMBERED_GROUP.matcher(l).find());
        List<OpenSpecTask> tasks = new ArrayList<>();
        String group = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (numbered && LEVEL_TWO.matcher(line).find()) {
                Matcher g = NUMBERED_GROUP.matcher(line);
                group = g.find() ? g.group(1) : null;
            }
            Matcher m = TASK_LINE.matcher(line);
            if (!m.find()) {
                continue;
            }
            String marker = m.group(1) == null ? "" : m.group(1);
            String description = JsText.trim(m.group(2));
            Matcher id = TASK_ID.matcher(description);
            tasks.add(new OpenSpecTask(i + 1, JsText.lower(marker).equals("x"), marker, description,
                    id.find() ? id.group(1) : null, numbered ? group : null));
        }
        return new OpenSpecTaskFile(path, changePath, tracked, tasks, numbered, firstListItem(lines));
    }

    /** The CLI's count for any text: lines matching its task pattern. */
    public static int countTasks(String raw) {
        int n = 0;
        for (String line : JsText.lines(raw)) {
            if (TASK_LINE.matcher(line).find()) {
                n++;
            }
        }
        return n;
    }

    private static int firstListItem(List<String> lines) {
        char fenceChar = 0;
        int fenceLen = 0;
        boolean inComment = false;
        for (int i = skipFrontMatter(lines); i < lines.size(); i++) {
            String line = lines.get(i);
            if (inComment) {
                if (line.contains("-->")) {
                    inComment = false;
                }
                continue;
            }
            Matcher f = FENCE.matcher(line);
            if (f.find()) {
                char marker = f.group(1).charAt(0);
                int length = f.group(1).length();
                if (fenceChar == 0) {
                    fenceChar = marker;
                    fenceLen = length;
                } else if (marker == fenceChar && length >= fenceLen && JsText.trim(f.group(2)).isEmpty()) {
                    fenceChar = 0;
                }
                continue;
            }
            if (fenceChar != 0) {
                continue;
            }
            if (trimStart(line).startsWith("<!--")) {
                int open = line.indexOf("<!--");
                if (!line.substring(open + 4).contains("-->")) {
                    inComment = true;
                }
                continue;
            }
            if (LIST_ITEM.matcher(line).find() && indent(line) < 4) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String trimStart(String s) {
        int i = 0;
        while (i < s.length() && JsText.isWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(i);
    }

    private static int indent(String line) {
        int column = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                column++;
            } else if (c == '\t') {
                column += 4 - (column % 4);
            } else {
                break;
            }
        }
        return column;
    }

    private static int skipFrontMatter(List<String> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        String first = lines.get(0).startsWith("\uFEFF") ? lines.get(0).substring(1) : lines.get(0);
        if (!FRONT_MATTER.matcher(JsText.trimEnd(first)).find()) {
            return 0;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (FRONT_MATTER.matcher(JsText.trimEnd(lines.get(i))).find()) {
                return i + 1;
            }
        }
        return 0;
    }
}
