package io.specgraph.graph.gate.openspec;

import java.util.Map;

/**
 * The rule ids of the OpenSpec validator, one per kind of message {@code openspec validate} prints (docs/rules.md,
 * "OpenSpec"), and the fix hint that goes with each. Severities are OpenSpec's own levels.
 */
public final class OpenSpecRules {

    // Main specs (openspec validate <spec>).
    public static final String NO_PURPOSE = "OS1";
    public static final String NO_REQUIREMENTS_SECTION = "OS2";
    public static final String NO_REQUIREMENT = "OS3";
    public static final String REQUIREMENT_TEXT_EMPTY = "OS4";
    public static final String REQUIREMENT_NO_SCENARIO = "OS5";
    public static final String SCENARIO_FORMAT = "OS6";
    public static final String MAIN_DELTA_HEADER = "OS7";
    public static final String REQUIREMENT_OUTSIDE = "OS8";
    public static final String DUPLICATE_REQUIREMENT = "OS9";
    public static final String PURPOSE_PLACEHOLDER = "OS10";
    public static final String PURPOSE_TOO_BRIEF = "OS11";
    public static final String REQUIREMENT_TOO_LONG = "OS12";
    public static final String REQUIREMENT_BODY_MISSING = "OS13";
    public static final String REQUIREMENT_NO_SHALL = "OS14";
    public static final String SPEC_UNREADABLE = "OS15";

    // Active changes (openspec validate <change>).
    public static final String NESTED_CHANGE = "OS16";
    public static final String ROOT_DELTA_SPEC = "OS17";
    public static final String UNREAD_DELTA_FILE = "OS18";
    public static final String NO_DELTA_SECTIONS = "OS19";
    public static final String EMPTY_DELTA_SECTIONS = "OS20";
    public static final String NO_DELTAS = "OS21";
    public static final String SKIPPED_HEADER = "OS22";
    public static final String UNPAIRED_RENAME = "OS23";
    public static final String ORPHANED_REQUIREMENT = "OS24";
    public static final String DUPLICATE_ENTRY = "OS25";
    public static final String SECTION_CONFLICT = "OS26";
    public static final String DELTA_BODY_MISSING = "OS27";
    public static final String DELTA_NO_SHALL = "OS28";
    public static final String DELTA_NO_SCENARIO = "OS29";
    public static final String SCENARIO_LOSS = "OS30";
    public static final String MAIN_SPEC_UNREADABLE = "OS31";
    public static final String ARCHIVE_WOULD_REFUSE = "OS32";
    public static final String SKIP_SPECS_INVALID = "OS33";
    public static final String SKIP_SPECS_CONFLICT = "OS34";
    public static final String SKIP_SPECS_ACCEPTED = "OS35";
    public static final String TASKS_WITHOUT_CHECKBOX = "OS36";
    public static final String TASK_WRONG_GROUP = "OS37";
    public static final String TASK_DUPLICATE_ID = "OS38";

    private static final Map<String, String> HINTS = Map.ofEntries(
            Map.entry(NO_PURPOSE, "add a \"## Purpose\" section saying what the capability is for"),
            Map.entry(NO_REQUIREMENTS_SECTION, "add a \"## Requirements\" section with \"### Requirement:\" blocks"),
            Map.entry(NO_REQUIREMENT, "add a \"### Requirement: <name>\" block under \"## Requirements\""),
            Map.entry(REQUIREMENT_TEXT_EMPTY, "give the requirement heading a name and a body"),
            Map.entry(REQUIREMENT_NO_SCENARIO, "add a \"#### Scenario: <name>\" with WHEN/THEN steps under the "
                    + "requirement"),
            Map.entry(SCENARIO_FORMAT, "write each scenario as a level-4 heading \"#### Scenario: <name>\" followed "
                    + "by its steps"),
            Map.entry(MAIN_DELTA_HEADER, "apply the delta by hand or move it into a change's specs/ folder"),
            Map.entry(REQUIREMENT_OUTSIDE, "move the requirement under \"## Requirements\""),
            Map.entry(DUPLICATE_REQUIREMENT, "rename one of the requirements or merge the two blocks"),
            Map.entry(PURPOSE_PLACEHOLDER, "replace the Purpose with what the capability is for, in the main spec"),
            Map.entry(PURPOSE_TOO_BRIEF, "write a Purpose of at least 50 characters"),
            Map.entry(REQUIREMENT_TOO_LONG, "split the requirement into smaller ones"),
            Map.entry(REQUIREMENT_BODY_MISSING, "write the requirement's SHALL/MUST statement on the line after its "
                    + "header"),
            Map.entry(REQUIREMENT_NO_SHALL, "state the requirement with SHALL or MUST in its body"),
            Map.entry(SPEC_UNREADABLE, "make the spec file readable"),
            Map.entry(NESTED_CHANGE, "move each nested change directly under openspec/changes/ with a flat name"),
            Map.entry(ROOT_DELTA_SPEC, "move specs/spec.md to specs/<capability-path>/spec.md"),
            Map.entry(UNREAD_DELTA_FILE, "move the requirements into the capability's spec.md"),
            Map.entry(NO_DELTA_SECTIONS, "add \"## ADDED Requirements\" (or MODIFIED/REMOVED/RENAMED) or move the "
                    + "notes out of specs/"),
            Map.entry(EMPTY_DELTA_SECTIONS, "add \"### Requirement: <name>\" blocks under the delta sections"),
            Map.entry(NO_DELTAS, "add a delta spec under specs/<capability>/spec.md, or set skip_specs: true in "
                    + ".openspec.yaml"),
            Map.entry(SKIPPED_HEADER, "write \"### Requirement: <name>\" if the heading is a requirement"),
            Map.entry(UNPAIRED_RENAME, "write each rename as a FROM: line followed by its TO: line"),
            Map.entry(ORPHANED_REQUIREMENT, "move the requirement under a delta section"),
            Map.entry(DUPLICATE_ENTRY, "remove the repeated entry"),
            Map.entry(SECTION_CONFLICT, "keep the requirement in one delta section only"),
            Map.entry(DELTA_BODY_MISSING, "write the requirement's SHALL/MUST statement on the line after its "
                    + "header"),
            Map.entry(DELTA_NO_SHALL, "state the requirement with SHALL or MUST in its body"),
            Map.entry(DELTA_NO_SCENARIO, "add a \"#### Scenario: <name>\" with WHEN/THEN steps"),
            Map.entry(SCENARIO_LOSS, "copy the omitted scenarios into the MODIFIED block"),
            Map.entry(MAIN_SPEC_UNREADABLE, "make the main spec readable before archiving"),
            Map.entry(ARCHIVE_WOULD_REFUSE, "fix the delta or the main spec before archiving the change"),
            Map.entry(SKIP_SPECS_INVALID, "fix .openspec.yaml so that it is valid change metadata"),
            Map.entry(SKIP_SPECS_CONFLICT, "remove skip_specs or delete the delta spec files"),
            Map.entry(SKIP_SPECS_ACCEPTED, "nothing to do: the change declares no spec changes"),
            Map.entry(TASKS_WITHOUT_CHECKBOX, "write each task as \"- [ ] 1.1 Description\""),
            Map.entry(TASK_WRONG_GROUP, "move the task to the group its number names, or renumber it"),
            Map.entry(TASK_DUPLICATE_ID, "give the task a number of its own"));

    private OpenSpecRules() {
    }

    /** The fix hint for rule {@code id}. */
    static String hint(String id) {
        return HINTS.getOrDefault(id, "");
    }
}
