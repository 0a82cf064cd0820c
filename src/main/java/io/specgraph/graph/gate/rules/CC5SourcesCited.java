package io.specgraph.graph.gate.rules;

import io.specgraph.model.SourcedSections;
import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.graph.gate.Text;
import io.specgraph.model.Content;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Heading;
import io.specgraph.model.Node;
import io.specgraph.model.Severity;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CC5: in a spec written from the MCP-aware template (it has a {@code ## Metadata} section), every present
 * sourced section carries a non-empty {@code Source:} line before its first sub-heading, and a source naming an
 * MCP carries a version.
 */
public final class CC5SourcesCited extends AbstractRule {

    static final Set<String> SOURCED = SourcedSections.NAMES;
    private static final Pattern BRACKETED = Pattern.compile("\\[.*]");
    private static final Pattern MCP = Pattern.compile("(?i)\\b(platform|domain|integration|component)\\s+mcp\\b");

    public CC5SourcesCited() {
        super("CC5", Gate.CONTEXT_COMPLETENESS, Severity.ERROR, SPECS,
                "every sourced section names its source, with the MCP version");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        Content c = node.content();
        if (c.heading(h -> h.level() == 2 && h.is("metadata")).isEmpty()) {
            return;
        }
        for (Heading h : c.headings()) {
            if (h.level() < 2 || !SOURCED.contains(ctx.name(node, h))) {
                continue;
            }
            String source = null;
            int sourceLine = h.line();
            for (int n = h.line() + 1; n <= c.introEnd(h); n++) {
                if (c.isVerbatim(n) || !mayBeSource(c.line(n))) {
                    continue;
                }
                String s = Text.afterLabel(c.line(n), "Source");
                if (s != null) {
                    source = s;
                    sourceLine = n;
                    break;
                }
            }
            String section = h.text();
            if (source == null) {
                out.add(atLine(node, h.line(), "section " + section + " does not say where it came from",
                        "add a line 'Source: <MCP and version>' under " + section + " (e.g. Source: Platform MCP v3)"));
            } else if (source.isBlank() || BRACKETED.matcher(source).matches()) {
                out.add(atLine(node, sourceLine, "the Source: line of " + section + " is empty",
                        "name the source, e.g. Source: Domain MCP v5"));
            } else {
                checkVersions(node, section, source, sourceLine, out);
            }
        }
    }

    /** A cheap test before parsing a line as a {@code Source:} label. */
    private static boolean mayBeSource(String line) {
        int i = line.indexOf("ource");
        return i >= 1 && (line.charAt(i - 1) == 'S' || line.charAt(i - 1) == 's');
    }

    private void checkVersions(Node node, String section, String source, int line, List<Finding> out) {
        Matcher m = MCP.matcher(source);
        List<int[]> spans = new java.util.ArrayList<>();
        while (m.find()) {
            spans.add(new int[]{m.start(), m.end()});
        }
        for (int i = 0; i < spans.size(); i++) {
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : source.length();
            String after = source.substring(spans.get(i)[1], end);
            String clause = after.substring(0, clauseEnd(after));
            if (!Text.hasVersion(clause)) {
                String mcp = source.substring(spans.get(i)[0], spans.get(i)[1]);
                out.add(atLine(node, line, section + " cites " + mcp + " without a version",
                        "write the MCP version the section was written from, e.g. " + mcp + " v3"));
            }
        }
    }

    /** Where the clause after an MCP name ends: at the first of {@code ; , + — – (}, or the end. */
    private static int clauseEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (";,+—–(".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }
}
