package io.specgraph.graph.gate.speckit;

import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.ChecklistItem;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.model.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SK5: every item of the feature's {@code checklists/*.md} is checked before implementation — the gate
 * {@code /speckit.implement} applies (formats.md §1.7: it counts {@code - [ ]} against {@code - [x]} per file and
 * asks before it proceeds). One finding per checklist file with unchecked items, at its first unchecked item, with
 * the counts and the unchecked lines.
 */
final class SK5UncheckedChecklists extends SpecKitRule {

    private static final String HINT = "check the items that hold ('- [x]') and fix the spec or plan for the others; "
            + "/speckit.implement asks before it proceeds past unchecked checklists";

    SK5UncheckedChecklists() {
        super(SpecKitRules.CHECKLIST, Severity.WARNING, FEATURE,
                "every item of the feature's checklists is checked (the implement gate)");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        Map<String, List<ChecklistItem>> byFile = new LinkedHashMap<>();
        for (ChecklistItem i : node.parts().get(ChecklistItem.class)) {
            byFile.computeIfAbsent(i.path(), k -> new ArrayList<>()).add(i);
        }
        byFile.forEach((path, items) -> {
            List<Integer> open = items.stream().filter(i -> !i.checked()).map(ChecklistItem::line).toList();
            if (open.isEmpty()) {
                return;
            }
            out.add(finding(node, path, open.get(0), 0, "checklist " + name(path) + " has " + open.size() + " of "
                    + items.size() + " items unchecked (" + Grouping.lines(open) + ")", HINT));
        });
    }

    /** The checklist as spec-kit names it: {@code checklists/ux.md}. */
    private static String name(String path) {
        int at = path.lastIndexOf("checklists/");
        return at >= 0 ? path.substring(at) : path;
    }
}
