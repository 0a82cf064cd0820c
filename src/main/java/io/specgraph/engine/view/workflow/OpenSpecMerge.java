package io.specgraph.engine.view.workflow;

import io.specgraph.model.OpenSpecBlock;
import io.specgraph.model.OpenSpecDelta;
import io.specgraph.model.OpenSpecEntry;
import io.specgraph.model.OpenSpecRename;
import io.specgraph.model.OpenSpecSpec;
import io.specgraph.model.OpenSpecStructureIssue;
import io.specgraph.parse.openspec.DeltaParser;
import io.specgraph.parse.openspec.JsText;
import io.specgraph.parse.openspec.RequirementText;
import io.specgraph.parse.openspec.SpecParser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies one delta spec to its main spec the way {@code openspec archive} does ({@code buildUpdatedSpec} in
 * OpenSpec's {@code specs-apply.ts}): the delta's own conflicts are refused first, then the operations run in
 * OpenSpec's order — RENAMED, REMOVED, MODIFIED, ADDED — on the spec's requirement blocks, and the spec is rebuilt
 * and checked again. Each refusal carries OpenSpec's words. Nothing here writes.
 */
final class OpenSpecMerge {

    /** Why the delta cannot be applied; the message is the one {@code openspec archive} gives. */
    static final class Refusal extends Exception {
        Refusal(String message) {
            super(message, null, false, false);
        }
    }

    /** The rebuilt spec (LF endings), the operations that changed it, and archive's warnings. */
    record Result(String text, int added, int modified, int removed, int renamed, List<String> warnings) {
        Result {
            warnings = List.copyOf(warnings);
        }
    }

    private OpenSpecMerge() {
    }

    /**
     * @param capability the capability id ({@code shipping-quotes})
     * @param changeName the change's name, for a new spec's placeholder Purpose
     * @param deltaText  the delta spec's text
     * @param mainText   the main spec's text, or null when the capability is new
     */
    static Result apply(String capability, String changeName, String deltaText, String mainText) throws Refusal {
        OpenSpecDelta d = DeltaParser.parse(deltaText, capability + "/spec.md", capability + "/spec.md", capability,
                OpenSpecDelta.DeltaFile.CAPABILITY_SPEC);
        String s = capability;
        List<String> warnings = new ArrayList<>();
        for (OpenSpecEntry o : d.orphanedRequirements()) {
            warnings.add(s + " - requirement \"" + o.name() + "\" (line " + o.line() + ") is "
                    + (o.section() == null ? "above the first \"## \" section" : "under \"## " + o.section() + "\"")
                    + ", which is not a delta section, so it was not applied.");
        }
        preflight(s, d);
        boolean newSpec = mainText == null;
        if (newSpec) {
            if (!d.modified().isEmpty() || !d.renamed().isEmpty()) {
                throw new Refusal(s + ": target spec does not exist; only ADDED requirements are allowed for new specs."
                        + " MODIFIED and RENAMED operations require an existing spec.");
            }
            if (!d.removed().isEmpty()) {
                warnings.add(s + " - " + d.removed().size() + " REMOVED requirement(s) ignored for new spec (nothing "
                        + "to remove).");
            }
        }
        String base = newSpec ? OpenSpecSpecParts.skeleton(s, changeName, OpenSpecSpecParts.purpose(deltaText))
                : mainText;
        OpenSpecSpec parsed = SpecParser.parse(JsText.normalize(base), false, s + "/spec.md", s);
        if (!parsed.structureIssues().isEmpty()) {
            StringBuilder sb = new StringBuilder(s + ": target spec is structurally invalid and cannot be updated "
                    + "until fixed:");
            for (OpenSpecStructureIssue i : parsed.structureIssues()) {
                sb.append("\nline ").append(i.line()).append(": ").append(i.kind().name().toLowerCase()
                        .replace('_', ' ')).append(" \"").append(i.header()).append('"');
            }
            throw new Refusal(sb.toString());
        }
        OpenSpecSpecParts parts = OpenSpecSpecParts.of(base);
        Map<String, OpenSpecBlock> blocks = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (OpenSpecBlock b : parts.blocks()) {
            blocks.put(b.name(), b);
            order.add(b.name());
        }
        int renamed = renamed(s, d.renamed(), blocks, order);
        int removed = removed(s, d.removed(), blocks, newSpec, warnings);
        int modified = modified(s, d.modified(), blocks);
        int added = 0;
        for (OpenSpecBlock a : d.added()) {
            OpenSpecBlock existing = blocks.get(a.name());
            if (existing != null) {
                if (raw(existing).equals(raw(a))) {
                    continue;
                }
                throw new Refusal(s + " ADDED failed for header \"### Requirement: " + a.name() + "\" - already exists");
            }
            blocks.put(a.name(), a);
            added++;
        }
        List<String> raws = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String key : order) {
            OpenSpecBlock b = blocks.get(key);
            if (b != null) {
                raws.add(b.raw());
                seen.add(key);
            }
        }
        blocks.forEach((k, b) -> {
            if (!seen.contains(k)) {
                raws.add(b.raw());
            }
        });
        return new Result(parts.join(raws), added, modified, removed, renamed, warnings);
    }

    /** The delta's own duplicates and cross-section conflicts, and a delta with no operation. */
    private static void preflight(String s, OpenSpecDelta d) throws Refusal {
        Set<String> added = unique(s, "ADDED", d.added().stream().map(OpenSpecBlock::name).toList());
        Set<String> modified = unique(s, "MODIFIED", d.modified().stream().map(OpenSpecBlock::name).toList());
        Set<String> removed = unique(s, "REMOVED", d.removed().stream().map(OpenSpecEntry::name).toList());
        Set<String> froms = new HashSet<>();
        Set<String> tos = new HashSet<>();
        for (OpenSpecRename r : d.renamed()) {
            if (!froms.add(r.from())) {
                throw failed(s, "duplicate FROM in RENAMED", r.from());
            }
            if (!tos.add(r.to())) {
                throw failed(s, "duplicate TO in RENAMED", r.to());
            }
        }
        for (OpenSpecRename r : d.renamed()) {
            for (String rem : removed) {
                if (RequirementText.foldName(rem).equals(RequirementText.foldName(r.from()))) {
                    throw new Refusal(s + " validation failed - requirement present in multiple sections (RENAMED and "
                            + "REMOVED) for header \"### Requirement: " + r.from() + "\""
                            + (rem.equals(r.from()) ? "" : " (REMOVED spells it \"" + rem + "\")"));
                }
            }
            if (modified.contains(r.from())) {
                throw new Refusal(s + " validation failed - when a rename exists, MODIFIED must reference the NEW "
                        + "header \"### Requirement: " + r.to() + "\"");
            }
            if (added.contains(r.to())) {
                throw new Refusal(s + " validation failed - RENAMED TO header collides with ADDED for \"### "
                        + "Requirement: " + r.to() + "\"");
            }
        }
        for (String n : modified) {
            if (removed.contains(n)) {
                throw conflict(s, "MODIFIED and REMOVED", n);
            }
            if (added.contains(n)) {
                throw conflict(s, "MODIFIED and ADDED", n);
            }
        }
        for (String n : added) {
            if (removed.contains(n)) {
                throw conflict(s, "ADDED and REMOVED", n);
            }
        }
        if (d.entryCount() == 0) {
            throw new Refusal("Delta parsing found no operations for " + s + ". Provide ADDED/MODIFIED/REMOVED/RENAMED "
                    + "sections in change spec.");
        }
    }

    private static Set<String> unique(String s, String section, List<String> names) throws Refusal {
        Set<String> out = new java.util.LinkedHashSet<>();
        for (String n : names) {
            if (!out.add(n)) {
                throw failed(s, "duplicate requirement in " + section, n);
            }
        }
        return out;
    }

    private static Refusal failed(String s, String what, String name) {
        return new Refusal(s + " validation failed - " + what + " for header \"### Requirement: " + name + "\"");
    }

    private static Refusal conflict(String s, String sections, String name) {
        return failed(s, "requirement present in multiple sections (" + sections + ")", name);
    }

    private static int renamed(String s, List<OpenSpecRename> renames, Map<String, OpenSpecBlock> blocks,
                               List<String> order) throws Refusal {
        int n = 0;
        for (OpenSpecRename r : renames) {
            if (!blocks.containsKey(r.from())) {
                if (blocks.containsKey(r.to())) {
                    String near = nearMiss(blocks, r.from(), r.to());
                    if (near != null) {
                        throw new Refusal(s + " RENAMED failed for header \"### Requirement: " + r.from() + "\" - "
                                + "source not found, but \"### Requirement: " + near + "\" exists; fix the header to "
                                + "match it exactly");
                    }
                    continue;
                }
                throw new Refusal(s + " RENAMED failed for header \"### Requirement: " + r.from()
                        + "\" - source not found");
            }
            if (blocks.containsKey(r.to())) {
                throw new Refusal(s + " RENAMED failed for header \"### Requirement: " + r.to()
                        + "\" - target already exists");
            }
            OpenSpecBlock old = blocks.remove(r.from());
            String raw = old.raw();
            int eol = raw.indexOf('\n');
            String header = "### Requirement: " + r.to();
            List<String> lines = JsText.lines(eol < 0 ? header : header + raw.substring(eol));
            blocks.put(r.to(), RequirementText.block(r.to(), header, old.line(), lines));
            int at = order.indexOf(r.from());
            if (at >= 0) {
                order.set(at, r.to());
            }
            n++;
        }
        return n;
    }

    private static int removed(String s, List<OpenSpecEntry> removed, Map<String, OpenSpecBlock> blocks,
                               boolean newSpec, List<String> warnings) throws Refusal {
        int n = 0;
        for (OpenSpecEntry e : removed) {
            if (blocks.remove(e.name()) != null) {
                n++;
                continue;
            }
            if (newSpec) {
                continue;
            }
            String near = nearMiss(blocks, e.name(), null);
            if (near != null) {
                throw new Refusal(s + " REMOVED failed for header \"### Requirement: " + e.name() + "\" - not found, "
                        + "but \"### Requirement: " + near + "\" exists; fix the header to match it exactly");
            }
            warnings.add(s + " - REMOVED requirement \"" + e.name() + "\" is not in the current spec; treating it as "
                    + "already removed.");
        }
        return n;
    }

    private static int modified(String s, List<OpenSpecBlock> modified, Map<String, OpenSpecBlock> blocks)
            throws Refusal {
        int n = 0;
        for (OpenSpecBlock m : modified) {
            OpenSpecBlock current = blocks.get(m.name());
            if (current == null) {
                throw new Refusal(s + " MODIFIED failed for header \"### Requirement: " + m.name() + "\" - not found");
            }
            List<String> missing = io.specgraph.model.OpenSpecScenario.unmatched(current.scenarioNames(), m.scenarioNames());
            if (!missing.isEmpty()) {
                throw new Refusal(s + " MODIFIED failed for header \"### Requirement: " + m.name() + "\" - current spec "
                        + "contains scenario(s) not present in the modified block: \"" + String.join("\", \"", missing)
                        + "\". Refresh the change spec before archiving to avoid dropping scenarios.");
            }
            if (!raw(current).equals(raw(m))) {
                n++;
            }
            blocks.put(m.name(), m);
        }
        return n;
    }

    private static String nearMiss(Map<String, OpenSpecBlock> blocks, String name, String except) {
        String fold = RequirementText.foldName(name);
        for (String k : blocks.keySet()) {
            if (!k.equals(except) && RequirementText.foldName(k).equals(fold)) {
                return k;
            }
        }
        return null;
    }

    private static String raw(OpenSpecBlock b) {
        return JsText.trim(b.raw());
    }
}
