package io.specgraph.graph.gate.speckit;

import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Content;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Severity;
import io.specgraph.model.TaskItem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * SK2: every task line of a tasks file is in the strict format {@code - [ ] T001 [P] [US1] description}
 * (formats.md §1.5): a checkbox, an id {@code T} + three or more digits, {@code [P]} optional, {@code [USn]}
 * required in a user-story phase (and naming that story), forbidden in Setup, Foundational and Polish phases, and
 * a description. Task lines are the lines inside a phase ({@link TaskPhases}); an indented checkbox line without
 * an id is a sub-item and not checked. One finding per kind of problem and file, at its first line, with the
 * count and the first lines: a tasks file of thousands of lines gives at most one finding per kind.
 */
final class SK2TaskFormat extends SpecKitRule {

    /** The kinds of problem, in report order, with their singular and plural phrases. */
    enum Problem {
        NO_CHECKBOX("task line has no checkbox", "task lines have no checkbox"),
        NO_ID("task line has no task id", "task lines have no task id"),
        BAD_ID("task id is not T followed by three digits", "task ids are not T followed by three digits"),
        STORY_MISSING("task in a user story phase has no [USn] label",
                "tasks in user story phases have no [USn] label"),
        STORY_MISMATCH("task is labelled with another story than its phase's",
                "tasks are labelled with another story than their phase's"),
        STORY_FORBIDDEN("task in a Setup, Foundational or Polish phase has a [USn] label",
                "tasks in Setup, Foundational or Polish phases have a [USn] label"),
        NO_DESCRIPTION("task line has no description", "task lines have no description"),
        LAYOUT("task line is not written as '- [ ] T001 [P] [US1] description'",
                "task lines are not written as '- [ ] T001 [P] [US1] description'");

        private final String one;
        private final String many;

        Problem(String one, String many) {
            this.one = one;
            this.many = many;
        }
    }

    private static final Map<Problem, String> HINTS = new EnumMap<>(Map.of(
            Problem.NO_CHECKBOX, "start each task with '- [ ] ' so /speckit.implement can tick it off",
            Problem.NO_ID, "give each task an id in execution order: '- [ ] T012 …'",
            Problem.BAD_ID, "number tasks T001, T002 … (three digits or more)",
            Problem.STORY_MISSING, "label each task of a user story phase with its story: '- [ ] T012 [US1] …'",
            Problem.STORY_MISMATCH, "use the label of the story the phase implements, or move the task",
            Problem.STORY_FORBIDDEN, "remove the [USn] label: Setup, Foundational and Polish tasks serve every story",
            Problem.NO_DESCRIPTION, "say what the task does and in which file",
            Problem.LAYOUT, "write it as '- [ ] T001 [P] [US1] description': a '-' bullet, single spaces, the id, "
                    + "then [P], then [USn]"));

    SK2TaskFormat() {
        super(SpecKitRules.TASK_FORMAT, Severity.WARNING, EnumSet.of(NodeKind.TASKS),
                "task lines follow the strict format '- [ ] T001 [P] [US1] description'");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        Content c = node.content();
        TaskPhases phases = TaskPhases.of(c);
        Map<Problem, List<Integer>> found = new EnumMap<>(Problem.class);
        for (int n : TaskText.withoutCheckbox(c)) {
            if (phases.inScope(n)) {
                found.computeIfAbsent(Problem.NO_CHECKBOX, k -> new ArrayList<>()).add(n);
            }
        }
        for (TaskItem t : TaskText.tasks(node.parts().get(TaskItem.class))) {
            if (!phases.inScope(t.line()) || t.indent() > 0 && t.taskId() == null) {
                continue;
            }
            Problem p = problem(t, phases.at(t.line()));
            if (p != null) {
                found.computeIfAbsent(p, k -> new ArrayList<>()).add(t.line());
            }
        }
        found.forEach((p, lines) -> {
            lines.sort(Integer::compare);
            String example = "'" + Grouping.abbreviate(c.line(lines.get(0)), 70) + "'";
            String message = lines.size() == 1 ? p.one + ": " + example
                    : lines.size() + " " + p.many + " (" + Grouping.lines(lines) + "); the first: " + example;
            out.add(atLine(node, lines.get(0), message, HINTS.get(p)));
        });
    }

    /** The first problem of a checkbox line in scope, or null when it is in the strict format. */
    static Problem problem(TaskItem t, TaskPhases.Phase phase) {
        if (t.taskId() == null) {
            return Problem.NO_ID;
        }
        if (!TaskText.ID.matcher(t.taskId()).matches()) {
            return Problem.BAD_ID;
        }
        if (phase != null && phase.kind() == TaskPhases.Kind.STORY) {
            if (t.story() == null) {
                return Problem.STORY_MISSING;
            }
            if (phase.story() > 0 && storyNumber(t.story()) != phase.story()) {
                return Problem.STORY_MISMATCH;
            }
        }
        if (phase != null && phase.kind() == TaskPhases.Kind.SHARED && t.story() != null) {
            return Problem.STORY_FORBIDDEN;
        }
        if (t.text().isBlank()) {
            return Problem.NO_DESCRIPTION;
        }
        if (!TaskText.STRICT.matcher(t.raw().stripLeading()).matches()) {
            return Problem.LAYOUT;
        }
        return null;
    }

    private static int storyNumber(String label) {
        try {
            return Integer.parseInt(label.substring(2));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return -1;
        }
    }
}
