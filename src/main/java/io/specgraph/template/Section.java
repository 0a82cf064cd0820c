package io.specgraph.template;

import io.specgraph.model.Span;

import java.util.Objects;

/**
 * One section of a form: a heading of level 2 or deeper (the {@code ## Metadata} section is the fields).
 *
 * @param title      the heading text as written
 * @param level      2–6
 * @param line       the heading's line (1-based)
 * @param guidance   what to write: the template's comments and placeholder lines, or ""
 * @param necessity  how much the form asks for it
 * @param rule       the rule ids that require it ({@code RI3}, {@code NF1}, {@code RS1} for the policy), or ""
 * @param sourced    true when the section must name its source ({@code Source: Platform MCP v3}, rule CC5)
 * @param source     the {@code Source:} value as written ("" when absent)
 * @param sourceSpan the {@code Source:} value's text, or {@link Span#NONE} when the section has no such line
 * @param body       the text after the heading line up to the next heading (its own text, not its subsections)
 */
public record Section(String title, int level, int line, String guidance, Necessity necessity, String rule,
                      boolean sourced, String source, Span sourceSpan, Span body) {

    public Section {
        Objects.requireNonNull(title, "title");
        guidance = guidance == null ? "" : guidance;
        Objects.requireNonNull(necessity, "necessity");
        rule = rule == null ? "" : rule;
        source = source == null ? "" : source;
        sourceSpan = sourceSpan == null ? Span.NONE : sourceSpan;
        Objects.requireNonNull(body, "body");
    }

    public boolean required() {
        return necessity == Necessity.REQUIRED;
    }

    public boolean optional() {
        return necessity == Necessity.OPTIONAL;
    }
}
