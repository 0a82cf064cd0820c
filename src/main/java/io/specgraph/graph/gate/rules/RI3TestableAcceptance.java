package io.specgraph.graph.gate.rules;

import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.Keywords;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.graph.gate.Text;
import io.specgraph.model.Content;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Heading;
import io.specgraph.model.Node;
import io.specgraph.model.Severity;
import io.specgraph.model.TextMatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RI3: there are acceptance criteria (a section whose heading contains "Acceptance", or spec-kit
 * {@code **Acceptance Scenarios**:}), and each item is testable: it says When … Then … (Given optional, any case,
 * on one line or as WHEN/THEN bullets).
 */
public final class RI3TestableAcceptance extends AbstractRule {

    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("^\\d+[.)]\\s.*");

    public RI3TestableAcceptance() {
        super("RI3", Gate.READY_TO_IMPLEMENT, Severity.ERROR, SPECS,
                "acceptance criteria exist and each says When … Then …");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        Content c = node.content();
        List<int[]> blocks = new ArrayList<>();
        List<Heading> acceptance = ctx.mentions(node, Keywords.ACCEPTANCE) ? Text.sectionsMentioning(c, "acceptance")
                : List.of();
        for (Heading h : acceptance) {
            blocks.addAll(split(c, h.line() + 1, c.sectionEnd(h)));
        }
        boolean scenarios = ctx.mentions(node, Keywords.ACCEPTANCE_SCENARIOS);
        for (int n : scenarios ? c.proseLines(1, c.lineCount()) : List.<Integer>of()) {
            String after = Text.afterLabel(c.line(n), "Acceptance Scenarios");
            if (after != null) {
                int end = n + 1;
                while (end <= c.lineCount() && !Text.isHeading(c.line(end))
                        && !(c.line(end).isBlank() && end + 1 <= c.lineCount() && !isListLine(c.line(end + 1)))) {
                    end++;
                }
                blocks.add(new int[]{n + 1, end - 1});
            }
        }
        if (blocks.isEmpty()) {
            out.add(finding(node, "", 0, 0, node.id() + " has no acceptance criteria",
                    "add '## Acceptance Criteria' with items like 'Given …, when …, then …'"));
            return;
        }
        int count = 0;
        for (int[] b : blocks) {
            for (Text.Item item : scenarios(Text.items(c, b[0], b[1]))) {
                count++;
                String t = item.text();
                if (!(TextMatch.containsWord(t, "when") && TextMatch.containsWord(t, "then"))) {
                    out.add(atLine(node, item.line(), "acceptance criterion is not testable: it does not say When … "
                            + "Then …", "rewrite it as 'Given <state>, when <action>, then <observable result>'"));
                }
            }
        }
        if (count == 0) {
            out.add(finding(node, "", 0, 0, node.id() + " has an acceptance section without criteria",
                    "list the criteria as 'Given …, when …, then …' items"));
        }
    }

    /** Lines from..to split at sub-headings, so each scenario heading starts a new block. */
    private static List<int[]> split(Content c, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        for (int n = from; n <= to; n++) {
            if (!c.isVerbatim(n) && Text.isHeading(c.line(n))) {
                out.add(new int[]{start, n - 1});
                start = n + 1;
            }
        }
        out.add(new int[]{start, to});
        return out;
    }

    /** Items grouped into scenarios: nested items and GIVEN/WHEN/THEN/AND step items join the scenario above. */
    static List<Text.Item> scenarios(List<Text.Item> items) {
        List<Text.Item> out = new ArrayList<>();
        Text.Item group = null;
        for (Text.Item i : items) {
            boolean continues = group != null
                    && (i.indent() > group.indent() || startsWithStep(i.text(), "when", "then", "and", "but"));
            if (continues) {
                group = new Text.Item(group.line(), group.indent(), group.text() + " " + i.text());
                out.set(out.size() - 1, group);
            } else {
                group = i;
                out.add(i);
            }
        }
        return out;
    }

    private static boolean startsWithStep(String text, String... words) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        for (String w : words) {
            if (t.startsWith(w + " ") || t.startsWith(w + ":") || t.equals(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isListLine(String l) {
        String t = l.stripLeading();
        return t.startsWith("- ") || t.startsWith("* ") || NUMBERED.matcher(t).matches();
    }
}
