package io.specgraph.graph.gate.openspec;

import io.specgraph.model.OpenSpecBlock;
import io.specgraph.model.OpenSpecDelta;
import io.specgraph.model.OpenSpecEntry;
import io.specgraph.model.OpenSpecRename;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks {@code validateChangeDeltaSpecs} makes on one delta spec ({@code specs/<capability>/spec.md}): skipped
 * headings, unpaired renames, requirements outside delta sections, the ADDED and MODIFIED blocks (body, SHALL/MUST,
 * scenarios), duplicates within a section and conflicts between sections.
 */
final class DeltaValidation {

    private static final Pattern NAMELESS = Pattern.compile("^requirement:?$", Pattern.CASE_INSENSITIVE);
    private static final String EMPTY_SCENARIO_HINT = " (a scenario header with no body under it does not count; "
            + "add its steps, e.g. \"- **WHEN** ...\" and \"- **THEN** ...\")";

    private DeltaValidation() {
    }

    /**
     * The checks before the scenario-loss check: skipped headings, unpaired renames, requirements outside delta
     * sections, the ADDED and MODIFIED blocks.
     */
    static void head(OpenSpecDelta delta, Report out) {
        String path = delta.path();
        for (OpenSpecEntry stray : delta.skippedHeaders()) {
            String message = NAMELESS.matcher(stray.name()).matches()
                    ? "Header \"### " + stray.name() + "\" in " + stray.section() + " is missing a requirement name "
                    + "and is ignored by validation. Add a name, e.g. \"### Requirement: <name>\"."
                    : "Header \"### " + stray.name() + "\" in " + stray.section() + " is not a \"### Requirement:\" "
                    + "header and is ignored by validation. Use \"### Requirement: " + stray.name()
                    + "\" if it should be validated as a requirement.";
            out.info(OpenSpecRules.SKIPPED_HEADER, path, stray.line(), message);
        }
        for (OpenSpecEntry unpaired : delta.unpairedRenames()) {
            String missing = "FROM".equals(unpaired.section()) ? "TO" : "FROM";
            out.error(OpenSpecRules.UNPAIRED_RENAME, path, unpaired.line(), "RENAMED " + unpaired.section() + ": \""
                    + unpaired.name() + "\" has no matching " + missing + ": line. Write each rename as a FROM: line "
                    + "followed immediately by its TO: line.");
        }
        for (OpenSpecEntry orphan : delta.orphanedRequirements()) {
            String where = orphan.section() != null ? "under \"## " + orphan.section() + "\""
                    : "above the first \"## \" section";
            out.warning(OpenSpecRules.ORPHANED_REQUIREMENT, path, orphan.line(), "Requirement \"" + orphan.name()
                    + "\" is " + where + ", which is not a delta section, so it is ignored. Move it under "
                    + "\"## ADDED Requirements\", \"## MODIFIED Requirements\", \"## REMOVED Requirements\", or "
                    + "\"## RENAMED Requirements\".");
        }
        blocks("ADDED", delta.added(), path, out);
        blocks("MODIFIED", delta.modified(), path, out);
    }

    /** The ADDED or MODIFIED checks. */
    private static void blocks(String op, List<OpenSpecBlock> blocks, String path, Report out) {
        Set<String> names = new LinkedHashSet<>();
        for (OpenSpecBlock block : blocks) {
            if (!names.add(OsText.key(block.name()))) {
                out.error(OpenSpecRules.DUPLICATE_ENTRY, path, block.line(),
                        "Duplicate requirement in " + op + ": \"" + block.name() + "\"");
            }
            String prefix = op + " \"" + block.name() + "\"";
            if (!block.hasBody()) {
                out.error(OpenSpecRules.DELTA_BODY_MISSING, path, block.line(), OsText.hasShallOrMust(block.name())
                        ? SpecValidation.shallOrMust(prefix, block.name(), false)
                        : prefix + " is missing requirement text");
            } else if (!OsText.hasShallOrMust(block.body())) {
                out.warning(OpenSpecRules.DELTA_NO_SHALL, path, block.line(),
                        SpecValidation.shallOrMust(prefix, block.name(), true));
            }
            if (block.scenarioCount() < 1) {
                out.error(OpenSpecRules.DELTA_NO_SCENARIO, path, block.line(), prefix
                        + " must include at least one scenario"
                        + (block.emptyScenarioCount() > 0 ? EMPTY_SCENARIO_HINT : ""));
            }
        }
    }

    /** The REMOVED and RENAMED checks and the conflicts between sections, after the scenario-loss check. */
    static void tail(OpenSpecDelta delta, Report out) {
        String path = delta.path();
        Set<String> added = keys(delta.added());
        Set<String> modified = keys(delta.modified());
        Set<String> removed = new LinkedHashSet<>();
        for (OpenSpecEntry name : delta.removed()) {
            if (!removed.add(OsText.key(name.name()))) {
                out.error(OpenSpecRules.DUPLICATE_ENTRY, path, name.line(),
                        "Duplicate requirement in REMOVED: \"" + name.name() + "\"");
            }
        }
        Set<String> from = new LinkedHashSet<>();
        Set<String> to = new LinkedHashSet<>();
        for (OpenSpecRename r : delta.renamed()) {
            if (!from.add(OsText.key(r.from()))) {
                out.error(OpenSpecRules.DUPLICATE_ENTRY, path, r.fromLine(),
                        "Duplicate FROM in RENAMED: \"" + r.from() + "\"");
            }
            if (!to.add(OsText.key(r.to()))) {
                out.error(OpenSpecRules.DUPLICATE_ENTRY, path, r.toLine(),
                        "Duplicate TO in RENAMED: \"" + r.to() + "\"");
            }
        }
        for (String n : modified) {
            if (removed.contains(n)) {
                out.error(OpenSpecRules.SECTION_CONFLICT, path, 0,
                        "Requirement present in both MODIFIED and REMOVED: \"" + n + "\"");
            }
            if (added.contains(n)) {
                out.error(OpenSpecRules.SECTION_CONFLICT, path, 0,
                        "Requirement present in both MODIFIED and ADDED: \"" + n + "\"");
            }
        }
        for (String n : added) {
            if (removed.contains(n)) {
                out.error(OpenSpecRules.SECTION_CONFLICT, path, 0,
                        "Requirement present in both ADDED and REMOVED: \"" + n + "\"");
            }
        }
        for (OpenSpecRename r : delta.renamed()) {
            String fromKey = OsText.key(r.from());
            if (modified.contains(fromKey)) {
                out.error(OpenSpecRules.SECTION_CONFLICT, path, r.fromLine(),
                        "MODIFIED references old name from RENAMED. Use new header for \"" + r.to() + "\"");
            }
            if (added.contains(OsText.key(r.to()))) {
                out.error(OpenSpecRules.SECTION_CONFLICT, path, r.toLine(),
                        "RENAMED TO collides with ADDED for \"" + r.to() + "\"");
            }
            String fold = OsText.fold(fromKey);
            String match = removed.stream().filter(x -> OsText.fold(x).equals(fold)).findFirst().orElse(null);
            if (match != null) {
                out.error(OpenSpecRules.SECTION_CONFLICT, path, r.fromLine(),
                        "Requirement present in both RENAMED and REMOVED: \"" + r.from() + "\""
                                + (match.equals(fromKey) ? "" : " (REMOVED spells it \"" + match + "\")"));
            }
        }
    }

    static Set<String> keys(List<OpenSpecBlock> blocks) {
        Set<String> names = new LinkedHashSet<>();
        blocks.forEach(b -> names.add(OsText.key(b.name())));
        return names;
    }
}
