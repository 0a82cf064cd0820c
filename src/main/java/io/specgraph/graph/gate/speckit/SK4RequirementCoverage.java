package io.specgraph.graph.gate.speckit;

import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Content;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.model.Severity;
import io.specgraph.model.SpecKitItem;
import io.specgraph.model.TaskItem;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SK4: every functional requirement ({@code FR-###}) of a feature's spec is referenced by a task of its
 * {@code <feature>/tasks} node (a task line or the indented lines under it; ranges like {@code FR-001–FR-004}
 * count). Applies once the feature has tasks. When the tasks cite requirement ids at all, each uncovered
 * requirement is a finding at its definition, up to {@link Grouping#EACH}, then one summary; when they cite none
 * (common: the template does not ask for it), one finding for the feature says so instead of one per requirement.
 */
final class SK4RequirementCoverage extends SpecKitRule {

    private static final String HINT = "name the requirement in the task that implements it, e.g. "
            + "'- [ ] T012 [US1] Implement card charge (FR-001) in src/…', or add a task for it";

    SK4RequirementCoverage() {
        super(SpecKitRules.COVERAGE, Severity.WARNING, FEATURE,
                "every functional requirement (FR-###) is referenced by a task");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        Map<String, SpecKitItem> requirements = new LinkedHashMap<>();
        for (SpecKitItem i : node.parts().get(SpecKitItem.class)) {
            if (i.type() == SpecKitItem.Type.REQUIREMENT && i.prefix().equals("FR")) {
                String key = RequirementRefs.key(i.id());
                if (key != null) {
                    requirements.putIfAbsent(key, i);
                }
            }
        }
        Node tasks = ctx.graph().node(Node.key(node.repo(), node.id() + "/tasks")).orElse(null);
        if (requirements.isEmpty() || tasks == null) {
            return;
        }
        Set<String> cited = cited(tasks);
        List<SpecKitItem> open = new ArrayList<>();
        requirements.forEach((key, item) -> {
            if (!cited.contains(key)) {
                open.add(item);
            }
        });
        if (open.isEmpty()) {
            return;
        }
        if (cited.isEmpty()) {
            SpecKitItem first = open.get(0);
            out.add(finding(node, first.path(), first.line(), first.column(), "no task in " + tasks.path()
                    + " references a functional requirement, so the coverage of "
                    + Grouping.list(open.stream().map(SpecKitItem::id).toList()) + " cannot be traced", HINT));
            return;
        }
        for (int i = 0; i < open.size() && i < Grouping.EACH; i++) {
            SpecKitItem r = open.get(i);
            out.add(finding(node, r.path(), r.line(), r.column(), r.id() + " is not referenced by any task in "
                    + tasks.path(), HINT));
        }
        if (open.size() > Grouping.EACH) {
            List<SpecKitItem> rest = open.subList(Grouping.EACH, open.size());
            SpecKitItem first = rest.get(0);
            out.add(finding(node, first.path(), first.line(), first.column(),
                    Grouping.count(rest.size(), "more functional requirement is", "more functional requirements are")
                            + " not referenced by any task in " + tasks.path() + " ("
                            + Grouping.list(rest.stream().map(SpecKitItem::id).toList()) + ")", HINT));
        }
    }

    /** The FR keys the task lines of {@code tasks} cite. */
    private static Set<String> cited(Node tasks) {
        Content c = tasks.content();
        List<TaskItem> items = TaskText.tasks(tasks.parts().get(TaskItem.class));
        BitSet lines = TaskText.taskLines(c, items, TaskText.withoutCheckbox(c));
        Set<String> keys = new HashSet<>();
        for (int n = lines.nextSetBit(0); n >= 0; n = lines.nextSetBit(n + 1)) {
            RequirementRefs.collect(c.line(n), keys);
        }
        return keys;
    }
}
