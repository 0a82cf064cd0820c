package io.specgraph.graph.gate.speckit;

import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Severity;
import io.specgraph.model.TaskItem;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SK3: a task id is used once per tasks file. The first use keeps it; every later use is reported at its id and
 * names the first line, one finding each up to {@link Grouping#EACH} per file, then one summary finding for the
 * rest. Task lines in code blocks and comments (the template's "Parallel Example") and the template's sample id
 * {@code TXXX} do not count.
 */
final class SK3DuplicateTaskIds extends SpecKitRule {

    private static final String HINT = "renumber the later task (ids run T001, T002 … in execution order; "
            + "/speckit.converge appends after the highest id)";

    SK3DuplicateTaskIds() {
        super(SpecKitRules.DUPLICATE_TASK, Severity.WARNING, EnumSet.of(NodeKind.TASKS),
                "a task id is used once per tasks file");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        Map<String, Integer> first = new HashMap<>();
        List<TaskItem> rest = new ArrayList<>();
        int reported = 0;
        for (TaskItem t : TaskText.tasks(node.parts().get(TaskItem.class))) {
            String id = t.taskId();
            if (id == null || id.equals("TXXX")) {
                continue;
            }
            Integer at = first.putIfAbsent(id, t.line());
            if (at == null) {
                continue;
            }
            if (reported < Grouping.EACH) {
                int column = Math.max(t.raw().indexOf(id), 0) + 1;
                out.add(finding(node, t.path(), t.line(), column,
                        "duplicate task id " + id + ": already used at line " + at, HINT));
                reported++;
            } else {
                rest.add(t);
            }
        }
        if (!rest.isEmpty()) {
            Set<String> ids = new LinkedHashSet<>();
            rest.forEach(t -> ids.add(t.taskId()));
            TaskItem t = rest.get(0);
            out.add(finding(node, t.path(), t.line(), 0,
                    Grouping.count(rest.size(), "more task line reuses an id", "more task lines reuse an id")
                            + " (" + Grouping.list(new ArrayList<>(ids)) + "; "
                            + Grouping.lines(rest.stream().map(TaskItem::line).toList()) + ")", HINT));
        }
    }
}
