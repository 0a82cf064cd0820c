package io.specgraph.graph.gate.speckit;

import io.specgraph.model.Content;
import io.specgraph.model.TaskItem;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Task lines of a spec-kit tasks file as the SK rules read them: checkbox lines the reader found
 * ({@link TaskItem}, code blocks and comments left out), task-like lines that lost their checkbox
 * ({@code - T001 …}, {@code T001 …}), and the indented lines that continue a task.
 */
final class TaskText {

    /**
     * The strict task line (formats.md §1.5), after the indentation: the markers in their order, and a description
     * that does not start with another marker ({@code [US1] [P]} is out of order).
     */
    static final Pattern STRICT = Pattern.compile(
            "^- \\[[ xX]\\] T\\d{3,}(?: \\[P\\])?(?: \\[US\\d+\\])? (?!\\[P\\]|\\[US\\d+\\])\\S.*$");
    /** A spec-kit task id. */
    static final Pattern ID = Pattern.compile("^T\\d{3,}$");
    /** A line that starts with a task id but has no checkbox: {@code - T001 …}, {@code 1. T001 …}, {@code T001: …}. */
    private static final Pattern NO_CHECKBOX = Pattern.compile(
            "^\\s*(?:[-*+]\\s+|\\d{1,4}[.)]\\s+)?(?:\\*\\*)?T\\d{2,}(?:\\*\\*)?(?=[\\s:.\\]]|$)");
    private static final Pattern CHECKBOX = Pattern.compile("^\\s*[-*+]\\s*\\[[\\sxX]\\]");

    private TaskText() {
    }

    /** The checkbox lines outside code blocks and comments. */
    static List<TaskItem> tasks(List<TaskItem> items) {
        return items.stream().filter(t -> !t.verbatim()).toList();
    }

    /** Line numbers of prose lines that start with a task id but have no checkbox. */
    static List<Integer> withoutCheckbox(Content c) {
        List<Integer> out = new ArrayList<>();
        for (int n : c.proseLines(1, c.lineCount())) {
            String l = c.line(n);
            if (NO_CHECKBOX.matcher(l).find() && !CHECKBOX.matcher(l).find()) {
                out.add(n);
            }
        }
        return out;
    }

    /** The lines of each task: its own line and the indented, non-blank lines right under it. */
    static BitSet taskLines(Content c, List<TaskItem> tasks, List<Integer> extra) {
        BitSet lines = new BitSet();
        for (TaskItem t : tasks) {
            mark(c, t.line(), t.indent(), lines);
        }
        for (int n : extra) {
            String l = c.line(n);
            mark(c, n, l.length() - l.stripLeading().length(), lines);
        }
        return lines;
    }

    private static void mark(Content c, int line, int indent, BitSet lines) {
        lines.set(line);
        for (int n = line + 1; n <= c.lineCount(); n++) {
            String l = c.line(n);
            if (l.isBlank() || c.isVerbatim(n) || l.length() - l.stripLeading().length() <= indent
                    || CHECKBOX.matcher(l).find()) {
                return;
            }
            lines.set(n);
        }
    }
}
