package io.specgraph.model;

import java.util.Set;

/**
 * The sections of the seeds' MCP-aware spec template that must name their source ({@code Source: Platform MCP v3}):
 * read by rule CC5 and by the templates that mark those sections required. Lower-case heading names.
 */
public final class SourcedSections {

    public static final Set<String> NAMES = Set.of("problem statement", "goals / non-goals", "goals and non-goals",
            "user experience", "domain understanding", "cross-domain interactions", "contracts",
            "component responsibilities", "technical approach", "nfrs", "nfr", "non-functional requirements",
            "observability");

    private SourcedSections() {
    }
}
