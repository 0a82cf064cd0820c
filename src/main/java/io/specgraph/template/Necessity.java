package io.specgraph.template;

/** How much a form asks for a field or section. */
public enum Necessity {
    /** A gate or format rule fails without it ({@link Field#rule()} / {@link Section#rule()} says which). */
    REQUIRED,
    /** A rule needs it in some cases only (a compatibility plan for a breaking contract version). */
    CONDITIONAL,
    /** The template asks for it, no rule checks it. */
    EXPECTED,
    /** The template marks it optional. */
    OPTIONAL
}
