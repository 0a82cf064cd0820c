package io.specgraph.graph.gate.speckit;

import io.specgraph.graph.gate.Rule;

import java.util.List;

/**
 * The spec-kit format rules (gates.md §4, formats.md §1): they apply to nodes the spec-kit reader made and never
 * belong to a gate. Rule ids are documented in {@code docs/rules.md}.
 */
public final class SpecKitRules {

    /** An unresolved {@code [NEEDS CLARIFICATION …]} marker in a spec or plan. Warning. */
    public static final String CLARIFICATION = "SK1";
    /** A task line not in the strict format {@code - [ ] T001 [P] [US1] description}. Warning. */
    public static final String TASK_FORMAT = "SK2";
    /** A task id used twice in one tasks file. Warning. */
    public static final String DUPLICATE_TASK = "SK3";
    /** A functional requirement no task references. Warning. */
    public static final String COVERAGE = "SK4";
    /** A checklist of the feature with unchecked items (the implement gate). Warning. */
    public static final String CHECKLIST = "SK5";
    /** A template placeholder left in the constitution. Warning. */
    public static final String PLACEHOLDER = "SK6";

    private SpecKitRules() {
    }

    public static List<Rule> all() {
        return List.of(new SK1Clarifications(), new SK2TaskFormat(), new SK3DuplicateTaskIds(),
                new SK4RequirementCoverage(), new SK5UncheckedChecklists(), new SK6ConstitutionPlaceholders());
    }
}
