package io.specgraph.graph.gate.rules;

import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Content;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Node;
import io.specgraph.model.Severity;

import java.util.List;
import java.util.regex.Pattern;

/** CC3: the platform has a constitution and it is not empty (placeholders only count as empty). */
public final class CC3Constitution extends AbstractRule {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[[A-Z][A-Z0-9_]*\\]|TODO\\([^)]*\\)[^\\n]*");
    private static final Pattern MARKUP = Pattern.compile("[\\s*_`|:>-]");

    public CC3Constitution() {
        super("CC3", Gate.CONTEXT_COMPLETENESS, Severity.ERROR, SPECS,
                "the platform has a constitution and it is not empty");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        List<Node> constitutions = ctx.constitutionsFor(node);
        if (constitutions.isEmpty()) {
            out.add(finding(node, "", 0, 0, "no constitution governs " + node.id(),
                    "write constitution/constitution.md in the platform repo (/speckit.constitution)"));
            return;
        }
        if (constitutions.stream().allMatch(c -> ctx.memo("CC3 empty", c, () -> isEmpty(c.content())))) {
            Node c = constitutions.get(0);
            out.add(finding(node, "", 0, 0, "the constitution " + c.repo() + "/" + c.path()
                    + " is empty (only headings and placeholders)", "fill in the constitution's principles"));
        }
    }

    /** True when the text holds nothing but headings, placeholders, comments and metadata lines. */
    static boolean isEmpty(Content c) {
        for (int n : c.proseLines(1, c.lineCount())) {
            String l = c.line(n).strip();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("**Version**") || l.startsWith("---")) {
                continue;
            }
            String rest = MARKUP.matcher(PLACEHOLDER.matcher(l).replaceAll("")).replaceAll("");
            if (!rest.isEmpty()) {
                return false;
            }
        }
        return true;
    }
}
