package io.specgraph.graph.gate.openspec;

import io.specgraph.model.OpenSpecBlock;
import io.specgraph.model.OpenSpecRequirement;
import io.specgraph.model.OpenSpecSpec;
import io.specgraph.model.OpenSpecStructureIssue;

import java.util.List;

/**
 * {@code Validator.validateSpec} of the {@code openspec} CLI (1.13.2) on a main spec the reader parsed: the parse
 * failures (no Purpose, no Requirements section), the zod schema, the structure checks, the Purpose checks, and the
 * per-requirement scenario, length and SHALL/MUST rules.
 */
final class SpecValidation {

    static final int MIN_PURPOSE_LENGTH = 50;
    static final int MAX_REQUIREMENT_TEXT_LENGTH = 500;

    static final String GUIDE_MISSING_SPEC_SECTIONS = "Missing required sections. Expected headers: \"## Purpose\" "
            + "and \"## Requirements\". Example:\n## Purpose\n[brief purpose]\n\n## Requirements\n"
            + "### Requirement: Clear requirement statement\nUsers SHALL ...\n\n#### Scenario: Descriptive name\n"
            + "- **WHEN** ...\n- **THEN** ...";
    static final String GUIDE_SCENARIO_FORMAT = "Scenarios must use level-4 headers. Convert bullet lists into:\n"
            + "#### Scenario: Short name\n- **WHEN** ...\n- **THEN** ...\n- **AND** ...";
    static final String NO_SCENARIO = "Requirement must have at least one scenario";
    static final String PLACEHOLDER = "Purpose section is still a placeholder rather than a Purpose anyone wrote "
            + "(the sentence `openspec archive` writes for a new capability, or a `TBD`/`TODO` marker left in its "
            + "place). Replace it with what this capability is for, editing the main spec directly: a `## Purpose` "
            + "in a delta is read only when the capability is created, so it cannot replace this one.";
    static final String TOO_BRIEF = "Purpose section is too brief (less than " + MIN_PURPOSE_LENGTH + " characters)";
    static final String TOO_LONG = "Requirement text is very long (>" + MAX_REQUIREMENT_TEXT_LENGTH
            + " characters). Consider breaking it down.";

    private SpecValidation() {
    }

    static void validate(OpenSpecSpec spec, Report out) {
        String path = spec.path();
        if (spec.purpose().isEmpty()) {
            out.error(OpenSpecRules.NO_PURPOSE, path, spec.purposeLine(),
                    "Spec must have a Purpose section. " + GUIDE_MISSING_SPEC_SECTIONS);
            return;
        }
        if (!spec.requirementsFound()) {
            out.error(OpenSpecRules.NO_REQUIREMENTS_SECTION, path, 0,
                    "Spec must have a Requirements section. " + GUIDE_MISSING_SPEC_SECTIONS);
            return;
        }
        schema(spec, out);
        for (OpenSpecStructureIssue issue : spec.structureIssues()) {
            out.error(structureRule(issue), path, issue.line(), structureMessage(issue));
        }
        if (spec.placeholder()) {
            out.warning(OpenSpecRules.PURPOSE_PLACEHOLDER, path,
                    spec.placeholderLine() > 0 ? spec.placeholderLine() : spec.purposeLine(), PLACEHOLDER);
        } else if (spec.purpose().length() < MIN_PURPOSE_LENGTH) {
            out.warning(OpenSpecRules.PURPOSE_TOO_BRIEF, path, spec.purposeLine(), TOO_BRIEF);
        }
        for (OpenSpecRequirement r : spec.requirements()) {
            if (r.text().length() > MAX_REQUIREMENT_TEXT_LENGTH) {
                out.info(OpenSpecRules.REQUIREMENT_TOO_LONG, path, r.line(), TOO_LONG);
            }
            if (r.scenarios().isEmpty()) {
                out.warning(OpenSpecRules.SCENARIO_FORMAT, path, r.line(), NO_SCENARIO + ". " + GUIDE_SCENARIO_FORMAT);
            }
        }
        for (OpenSpecBlock b : spec.blocks()) {
            if (!b.hasBody()) {
                out.error(OpenSpecRules.REQUIREMENT_BODY_MISSING, path, b.line(),
                        shallOrMust("Requirement \"" + b.name() + "\"", b.name(), false));
            } else if (!OsText.hasShallOrMust(b.body())) {
                out.warning(OpenSpecRules.REQUIREMENT_NO_SHALL, path, b.line(),
                        shallOrMust("Requirement \"" + b.name() + "\"", b.name(), true));
            }
        }
    }

    /** The zod {@code SpecSchema} issues that a parsed spec can still raise. */
    private static void schema(OpenSpecSpec spec, Report out) {
        List<OpenSpecRequirement> reqs = spec.requirements();
        if (reqs.isEmpty()) {
            out.error(OpenSpecRules.NO_REQUIREMENT, spec.path(), spec.requirementsLine(),
                    "Spec must have at least one requirement");
        }
        for (OpenSpecRequirement r : reqs) {
            if (r.text().isEmpty()) {
                out.error(OpenSpecRules.REQUIREMENT_TEXT_EMPTY, spec.path(), r.line(),
                        "Requirement text cannot be empty");
            }
            if (r.scenarios().isEmpty()) {
                out.error(OpenSpecRules.REQUIREMENT_NO_SCENARIO, spec.path(), r.line(), NO_SCENARIO);
            }
        }
    }

    static String structureRule(OpenSpecStructureIssue issue) {
        return switch (issue.kind()) {
            case DELTA_HEADER -> OpenSpecRules.MAIN_DELTA_HEADER;
            case REQUIREMENT_OUTSIDE -> OpenSpecRules.REQUIREMENT_OUTSIDE;
            case DUPLICATE_REQUIREMENT -> OpenSpecRules.DUPLICATE_REQUIREMENT;
        };
    }

    /** {@code findMainSpecStructureIssues}' message for one issue. */
    static String structureMessage(OpenSpecStructureIssue issue) {
        return switch (issue.kind()) {
            case DELTA_HEADER -> "Main spec contains delta header \"" + issue.header() + "\". Delta headers are only "
                    + "valid inside openspec/changes/<name>/specs/<capability-path>/spec.md and truncate the parsed "
                    + "## Requirements section.";
            case REQUIREMENT_OUTSIDE -> "Requirement header \"" + issue.header() + "\" appears outside the main "
                    + "## Requirements section. Main specs only parse requirements inside that section, so this "
                    + "requirement is currently invisible to validate, list, and archive.";
            case DUPLICATE_REQUIREMENT -> "Requirement header \"" + issue.header() + "\" duplicates the requirement "
                    + "declared on line " + issue.previousLine() + ". Requirement names must be unique so spec "
                    + "updates cannot discard one block while updating another.";
        };
    }

    /** {@code buildMissingShallOrMustMessage}: "must" for a missing body, "should" as guidance. */
    static String shallOrMust(String prefix, String name, boolean guidanceOnly) {
        String base = prefix + (guidanceOnly ? " should" : " must") + " contain SHALL or MUST";
        String suffix = guidanceOnly ? " (RFC 2119 best practice for English specs)" : "";
        if (OsText.hasShallOrMust(name)) {
            return base + " in the requirement body, not only in the header. Move the SHALL/MUST statement to the "
                    + "line immediately after the \"### Requirement: ...\" header." + suffix;
        }
        return base + suffix;
    }
}
