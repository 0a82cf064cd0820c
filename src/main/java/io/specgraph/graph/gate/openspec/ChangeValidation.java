package io.specgraph.graph.gate.openspec;

import io.specgraph.model.OpenSpecBlock;
import io.specgraph.model.OpenSpecChange;
import io.specgraph.model.OpenSpecChangeMeta;
import io.specgraph.model.OpenSpecDelta;
import io.specgraph.model.OpenSpecDelta.DeltaFile;
import io.specgraph.model.OpenSpecProject;
import io.specgraph.model.OpenSpecRename;
import io.specgraph.model.OpenSpecTaskFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code openspec validate <change>} on an active change the reader parsed: the nested-folder check, then
 * {@code validateChangeDeltaSpecs} with the main specs and the project root (delta files, scenario loss against the
 * main spec, archive's dry run, stray delta files, the {@code skip_specs} marker, the no-delta rule, task files).
 */
final class ChangeValidation {

    static final String GUIDE_NO_DELTAS = "No deltas found. Ensure your change has a specs/ directory with capability "
            + "folders (e.g. specs/http-server/spec.md) containing .md files that use delta headers (## ADDED/MODIFIED/"
            + "REMOVED/RENAMED Requirements) and that each requirement includes at least one \"#### Scenario:\" "
            + "block. If this change intentionally modifies no specs (pure refactor, tooling, docs), set "
            + "\"skip_specs: true\" in the change's .openspec.yaml instead. Tip: run \"openspec change show "
            + "<change-id> --json --deltas-only\" to inspect parsed deltas.";
    static final String NO_DELTAS = "Change must have at least one delta. " + GUIDE_NO_DELTAS;
    static final String SKIP_CONFLICT = "skip_specs is set in .openspec.yaml but spec files exist under specs/. "
            + "Remove skip_specs or delete the delta spec files";
    static final String SKIP_ACCEPTED = "skip_specs is set in .openspec.yaml: change declares no spec-level behavior "
            + "changes, zero deltas accepted";
    static final String SKIP_INVALID = "skip_specs is set but .openspec.yaml is not valid change metadata, so the "
            + "marker is not honored. Fix the metadata";

    private ChangeValidation() {
    }

    static void validate(OpenSpecChange change, OpenSpecProject project, List<OpenSpecDelta> deltas,
                         List<OpenSpecTaskFile> tasks, MainSpecs mains, Report out) {
        if (!change.nested().isEmpty()) {
            out.error(OpenSpecRules.NESTED_CHANGE, change.dir(), 0, nested(change));
            return;
        }
        String specsDir = change.dir() + "/specs";
        if (change.rootSpec()) {
            out.error(OpenSpecRules.ROOT_DELTA_SPEC, specsDir + "/spec.md", 0, "Delta spec found at specs/spec.md. "
                    + "Delta specs must live under a capability path (e.g. specs/<capability-path>/spec.md) — a file "
                    + "at the specs/ root is ignored when the change is applied or archived.");
        }
        List<OpenSpecDelta> specs = new ArrayList<>(deltas.stream()
                .filter(d -> d.file() == DeltaFile.CAPABILITY_SPEC).toList());
        specs.sort(Comparator.comparing(OpenSpecDelta::capability));
        Map<String, MainSpecs.Target> targets = new HashMap<>();
        List<OpenSpecDelta> emptySections = new ArrayList<>();
        List<OpenSpecDelta> noSections = new ArrayList<>();
        int total = 0;
        for (OpenSpecDelta d : specs) {
            DeltaValidation.head(d, out);
            if (d.entryCount() == 0) {
                (d.hasDeltaSections() ? emptySections : noSections).add(d);
            }
            if (!d.modified().isEmpty()) {
                scenarioLoss(d, targets.computeIfAbsent(d.capability(), mains::of), out);
            }
            DeltaValidation.tail(d, out);
            total += d.entryCount();
        }
        Set<String> skip = new HashSet<>();
        emptySections.forEach(d -> skip.add(d.path()));
        noSections.forEach(d -> skip.add(d.path()));
        for (OpenSpecDelta d : specs) {
            if (!skip.contains(d.path()) && !out.hasErrorAt(d.path())) {
                String refusal = ArchiveDryRun.refusal(d, targets.computeIfAbsent(d.capability(), mains::of));
                if (refusal != null) {
                    out.info(OpenSpecRules.ARCHIVE_WOULD_REFUSE, d.path(), 0,
                            "Archive would refuse this delta: " + refusal);
                }
            }
        }
        List<OpenSpecDelta> unread = new ArrayList<>(deltas.stream()
                .filter(d -> d.file() == DeltaFile.OTHER_MARKDOWN && d.hasDeltaSections()).toList());
        unread.sort(Comparator.comparing(OpenSpecDelta::entryPath));
        for (OpenSpecDelta d : unread) {
            out.error(OpenSpecRules.UNREAD_DELTA_FILE, d.path(), 0, "Delta spec found at specs/" + d.entryPath()
                    + ". Delta specs must be a spec.md inside a capability folder — this file is ignored when the "
                    + "change is applied or archived. Move its requirements into specs/" + d.capability()
                    + "/spec.md.");
        }
        for (OpenSpecDelta d : emptySections) {
            out.error(OpenSpecRules.EMPTY_DELTA_SECTIONS, d.path(), 0, "Delta sections " + sectionList(d)
                    + " were found, but no requirement entries parsed. Ensure each section includes at least one "
                    + "\"### Requirement:\" block (REMOVED may use bullet list syntax).");
        }
        for (OpenSpecDelta d : noSections) {
            out.error(OpenSpecRules.NO_DELTA_SECTIONS, d.path(), 0, "No delta sections found. Add headers such as "
                    + "\"## ADDED Requirements\" or move non-delta notes outside specs/.");
        }
        OpenSpecChangeMeta.Marker marker = change.meta().skipSpecsMarker();
        String metaPath = change.dir() + "/.openspec.yaml";
        if (marker.invalidReason() != null) {
            out.error(OpenSpecRules.SKIP_SPECS_INVALID, metaPath, 0,
                    SKIP_INVALID + " (" + marker.invalidReason() + ")");
        }
        boolean skipSpecs = marker.declared();
        if (skipSpecs && change.specsHasFiles()) {
            out.error(OpenSpecRules.SKIP_SPECS_CONFLICT, metaPath, 0, SKIP_CONFLICT);
        }
        if (total == 0 && !change.rootSpec() && unread.isEmpty()) {
            if (skipSpecs && !change.specsHasFiles()) {
                out.info(OpenSpecRules.SKIP_SPECS_ACCEPTED, metaPath, 0, SKIP_ACCEPTED);
            } else if (!skipSpecs) {
                out.error(OpenSpecRules.NO_DELTAS, change.dir(), 0, NO_DELTAS);
            }
        }
        TaskValidation.validate(change, project, tasks, out);
    }

    /** {@code describeNestedChange}. */
    static String nested(OpenSpecChange change) {
        List<String> folders = change.nested().stream().map(id -> "openspec/changes/" + id + "/").toList();
        return "\"" + change.name() + "\" is not a change: it is a folder wrapping " + String.join(", ", folders)
                + ". A change must be a directory directly under openspec/changes/, so those nested directories are "
                + "invisible to OpenSpec while the folder around them is reported as a change. Nested paths are "
                + "supported under openspec/specs/ only. Rename each nested change to a flat name (for example \""
                + change.nested().get(0).replace('/', '-') + "\").";
    }

    /** {@code formatSectionList} of the sections present, in OpenSpec's order and canonical spelling. */
    private static String sectionList(OpenSpecDelta d) {
        List<String> names = new ArrayList<>();
        for (String op : List.of("ADDED", "MODIFIED", "REMOVED", "RENAMED")) {
            if (d.hasSection(op)) {
                names.add("## " + op + " Requirements");
            }
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * {@code findScenarioLossIssues}: MODIFIED blocks that drop scenarios the main spec's block still has
     * (following RENAMED chains); silent when the main spec or the requirement is absent.
     */
    private static void scenarioLoss(OpenSpecDelta d, MainSpecs.Target target, Report out) {
        if (!target.exists()) {
            return;
        }
        if (target.unreadable()) {
            out.error(OpenSpecRules.MAIN_SPEC_UNREADABLE, d.path(), 0, "Could not read " + target.path()
                    + " to check the MODIFIED requirements against it (EACCES). Archive reads the same file, so fix "
                    + "the file before archiving.");
            return;
        }
        Map<String, OpenSpecBlock> current = new HashMap<>();
        target.spec().blocks().forEach(b -> current.put(OsText.key(b.name()), b));
        Map<String, String> renamedFrom = new HashMap<>();
        Set<String> renamedAway = new HashSet<>();
        for (OpenSpecRename r : d.renamed()) {
            renamedFrom.put(OsText.key(r.to()), OsText.key(r.from()));
            renamedAway.add(OsText.key(r.from()));
        }
        for (OpenSpecBlock m : d.modified()) {
            String key = OsText.key(m.name());
            if (renamedAway.contains(key)) {
                continue;
            }
            OpenSpecBlock block = null;
            Set<String> visited = new HashSet<>();
            for (String k = key; k != null && visited.add(k); k = renamedFrom.get(k)) {
                block = current.get(k);
                if (block != null) {
                    break;
                }
            }
            if (block == null) {
                continue;
            }
            Scenarios diff = Scenarios.diff(block.scenarioNames(), m.scenarioNames());
            if (!diff.missing().isEmpty()) {
                out.error(OpenSpecRules.SCENARIO_LOSS, d.path(), m.line(), "MODIFIED \"" + m.name() + "\" omits "
                        + "scenario(s) the current spec still has: " + OsText.quoted(diff.missing()) + ". "
                        + diff.balance() + " Copy the omitted scenarios into the MODIFIED block (a MODIFIED "
                        + "requirement replaces the whole block, so archive refuses to drop them).");
            }
        }
    }
}
