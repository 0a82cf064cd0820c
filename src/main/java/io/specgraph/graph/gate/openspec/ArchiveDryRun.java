package io.specgraph.graph.gate.openspec;

import io.specgraph.model.OpenSpecBlock;
import io.specgraph.model.OpenSpecDelta;
import io.specgraph.model.OpenSpecEntry;
import io.specgraph.model.OpenSpecRename;
import io.specgraph.model.OpenSpecStructureIssue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code findArchiveBlockers}: archive's merge ({@code buildUpdatedSpec}) run dry on each delta spec the checks
 * before it did not reject, reporting the first refusal as INFO ("Archive would refuse this delta: …"). The
 * pre-merge checks archive repeats (duplicates, conflicts, unpaired renames, no operations) are not redone: the
 * validator has already reported an ERROR at those files, and findArchiveBlockers skips them.
 */
final class ArchiveDryRun {

    /** A requirement block as the merge holds it: its name, text and scenario names. */
    private record Block(String name, String raw, List<String> scenarios) {
        static Block of(OpenSpecBlock b) {
            return new Block(b.name(), b.raw(), b.scenarioNames());
        }
    }

    /** Thrown by the simulated merge with archive's message. */
    private static final class Refusal extends Exception {
        Refusal(String message) {
            super(message, null, false, false);
        }
    }

    private ArchiveDryRun() {
    }

    /** The refusal message archive would give for {@code delta}, or null when it would apply. */
    static String refusal(OpenSpecDelta delta, MainSpecs.Target target) {
        try {
            merge(delta, target);
            return null;
        } catch (Refusal r) {
            return r.getMessage();
        }
    }

    private static void merge(OpenSpecDelta delta, MainSpecs.Target target) throws Refusal {
        String spec = delta.capability();
        if (delta.entryCount() == 0) {
            throw new Refusal("Delta parsing found no operations for " + spec + ". "
                    + "Provide ADDED/MODIFIED/REMOVED/RENAMED sections in change spec.");
        }
        if (target.unreadable()) {
            return;
        }
        boolean newSpec = !target.exists();
        Map<String, Block> blocks = new LinkedHashMap<>();
        if (newSpec) {
            if (!delta.modified().isEmpty() || !delta.renamed().isEmpty()) {
                throw new Refusal(spec + ": target spec does not exist; only ADDED requirements are allowed for new "
                        + "specs. MODIFIED and RENAMED operations require an existing spec.");
            }
        } else {
            List<OpenSpecStructureIssue> issues = target.spec().structureIssues();
            if (!issues.isEmpty()) {
                throw new Refusal(spec + ": target spec is structurally invalid and cannot be updated until fixed:\n"
                        + issues.stream().map(i -> "line " + i.line() + ": " + SpecValidation.structureMessage(i))
                        .collect(Collectors.joining("\n")));
            }
            target.spec().blocks().forEach(b -> blocks.put(OsText.key(b.name()), Block.of(b)));
        }
        renamed(spec, delta.renamed(), blocks);
        if (!newSpec) {
            removed(spec, delta.removed(), blocks);
        }
        modified(spec, delta.modified(), blocks);
        added(spec, delta.added(), blocks);
    }

    private static void renamed(String spec, List<OpenSpecRename> renames, Map<String, Block> blocks)
            throws Refusal {
        for (OpenSpecRename r : renames) {
            String from = OsText.key(r.from());
            String to = OsText.key(r.to());
            if (!blocks.containsKey(from)) {
                if (blocks.containsKey(to)) {
                    String near = nearMiss(blocks, from, to);
                    if (near != null) {
                        throw new Refusal(spec + " RENAMED failed for header \"### Requirement: " + r.from()
                                + "\" - source not found, but \"### Requirement: " + blocks.get(near).name()
                                + "\" exists; fix the header to match it exactly");
                    }
                    continue;
                }
                throw new Refusal(spec + " RENAMED failed for header \"### Requirement: " + r.from()
                        + "\" - source not found");
            }
            if (blocks.containsKey(to)) {
                throw new Refusal(spec + " RENAMED failed for header \"### Requirement: " + r.to()
                        + "\" - target already exists");
            }
            String near = nearMiss(blocks, to, from);
            if (near != null) {
                throw new Refusal(spec + " RENAMED failed for header \"### Requirement: " + r.to() + "\" - \"### "
                        + "Requirement: " + blocks.get(near).name() + "\" already exists and differs only in case or "
                        + "spacing; choose a distinct name");
            }
            Block old = blocks.remove(from);
            String raw = old.raw();
            int eol = raw.indexOf('\n');
            String header = "### Requirement: " + to;
            blocks.put(to, new Block(to, eol < 0 ? header : header + raw.substring(eol), old.scenarios()));
        }
    }

    private static void removed(String spec, List<OpenSpecEntry> removed, Map<String, Block> blocks)
            throws Refusal {
        for (OpenSpecEntry e : removed) {
            String key = OsText.key(e.name());
            if (blocks.containsKey(key)) {
                blocks.remove(key);
                continue;
            }
            String near = nearMiss(blocks, key, null);
            if (near != null) {
                throw new Refusal(spec + " REMOVED failed for header \"### Requirement: " + e.name() + "\" - not "
                        + "found, but \"### Requirement: " + blocks.get(near).name() + "\" exists; fix the header to "
                        + "match it exactly");
            }
        }
    }

    private static void modified(String spec, List<OpenSpecBlock> modified, Map<String, Block> blocks)
            throws Refusal {
        for (OpenSpecBlock m : modified) {
            String key = OsText.key(m.name());
            Block current = blocks.get(key);
            if (current == null) {
                throw new Refusal(spec + " MODIFIED failed for header \"### Requirement: " + m.name()
                        + "\" - not found");
            }
            Scenarios diff = Scenarios.diff(current.scenarios(), m.scenarioNames());
            if (!diff.missing().isEmpty()) {
                throw new Refusal(spec + " MODIFIED failed for header \"### Requirement: " + m.name() + "\" - current "
                        + "spec contains scenario(s) not present in the modified block: "
                        + OsText.quoted(diff.missing()) + ". " + diff.balance()
                        + " Refresh the change spec before archiving to avoid dropping scenarios.");
            }
            blocks.put(key, Block.of(m));
        }
    }

    private static void added(String spec, List<OpenSpecBlock> added, Map<String, Block> blocks) throws Refusal {
        for (OpenSpecBlock a : added) {
            String key = OsText.key(a.name());
            Block existing = blocks.get(key);
            if (existing != null) {
                if (OsText.trim(existing.raw()).equals(OsText.trim(a.raw()))) {
                    continue;
                }
                throw new Refusal(spec + " ADDED failed for header \"### Requirement: " + a.name()
                        + "\" - already exists");
            }
            String near = nearMiss(blocks, key, null);
            if (near != null) {
                throw new Refusal(spec + " ADDED failed for header \"### Requirement: " + a.name() + "\" - \"### "
                        + "Requirement: " + blocks.get(near).name() + "\" already exists and differs only in case or "
                        + "spacing; use MODIFIED with that exact header to change it, or choose a distinct name");
            }
            blocks.put(key, Block.of(a));
        }
    }

    /** The first key other than {@code except} that folds like {@code name}, or null. */
    private static String nearMiss(Map<String, Block> blocks, String name, String except) {
        String fold = OsText.fold(name);
        for (String k : blocks.keySet()) {
            if (!k.equals(except) && OsText.fold(k).equals(fold)) {
                return k;
            }
        }
        return null;
    }
}
