package io.specgraph.engine.view.workflow;

import io.specgraph.engine.Files2;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.WorkspaceException;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.OpenSpecChange;
import io.specgraph.model.OpenSpecDelta;
import io.specgraph.model.OpenSpecSpec;
import io.specgraph.model.Severity;
import io.specgraph.parse.RepoPlan;
import io.specgraph.parse.openspec.JsText;
import io.specgraph.parse.openspec.SpecParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Archives an OpenSpec change from the app, refusing what {@code openspec archive} refuses: validation errors of the
 * change (the workspace's OpenSpec findings), a delta that cannot be applied ({@link OpenSpecMerge}), a main spec the
 * merge would leave invalid, and an archive folder that exists already. Open tasks are not a refusal — the CLI asks
 * "Continue?" (default No) — so {@link #archive} needs {@code acceptOpenTasks} for them. On any refusal nothing is
 * written. Then each main spec is written atomically (a CRLF or BOM file keeps them) and the change folder moves to
 * {@code changes/archive/YYYY-MM-DD-<name>/}; a failure puts the written specs back.
 */
public final class OpenSpecArchive {

    private OpenSpecArchive() {
    }

    /** Plans archiving {@code changeKey} today. */
    public static OpenSpecArchivePlan check(Workspace ws, String changeKey) {
        return check(ws, changeKey, LocalDate.now());
    }

    /** Plans archiving {@code changeKey} on {@code date} (the archive folder's prefix). */
    public static OpenSpecArchivePlan check(Workspace ws, String changeKey, LocalDate date) {
        Optional<Node> node = ws.graph().node(changeKey).filter(n -> n.kind() == NodeKind.CHANGE);
        List<OpenSpecChange> parts = node.map(n -> n.parts().get(OpenSpecChange.class)).orElse(List.of());
        Path root = node.map(n -> root(ws, n.repo())).orElse(null);
        if (node.isEmpty() || parts.isEmpty() || root == null) {
            return refused(changeKey, "no OpenSpec change " + changeKey + " in the workspace");
        }
        Node change = node.get();
        OpenSpecChange c = parts.get(0);
        if (c.archived()) {
            return refused(changeKey, c.name() + " is archived already (" + c.dir() + ")");
        }
        List<String> refusals = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Finding f : ws.findings()) {
            if (f.severity() == Severity.ERROR && f.rule().startsWith("OS") && change.id().equals(f.node())
                    && change.repo().equals(f.repo())) {
                refusals.add("validation: " + f.path() + (f.line() > 0 ? ":" + f.line() : "") + " " + f.message());
            }
        }
        List<OpenSpecSpecUpdate> specs = new ArrayList<>();
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        if (c.meta().skipSpecsMarker().declared()) {
            warnings.add("skip_specs is set: the main specs are not changed");
        } else {
            List<OpenSpecDelta> deltas = change.parts().get(OpenSpecDelta.class).stream()
                    .filter(d -> d.file() == OpenSpecDelta.DeltaFile.CAPABILITY_SPEC)
                    .sorted(Comparator.comparing(OpenSpecDelta::capability)).toList();
            for (OpenSpecDelta d : deltas) {
                merge(root, c, d, specs, inputs, refusals, warnings);
            }
        }
        String archiveName = c.name().matches("^\\d{4}-\\d{2}-\\d{2}-.*") ? c.name() : date + "-" + c.name();
        String archiveDir = c.root() + "/changes/archive/" + archiveName;
        if (Files.exists(root.resolve(archiveDir))) {
            refusals.add("Archive '" + archiveName + "' already exists (" + archiveDir + "); rename or remove it first");
        }
        return new OpenSpecArchivePlan(changeKey, change.repo(), c.name(), c.dir(), archiveDir, specs, inputs,
                refusals, warnings, OpenSpecStage.total(change) - OpenSpecStage.done(change),
                OpenSpecStage.total(change));
    }

    private static void merge(Path root, OpenSpecChange c, OpenSpecDelta d, List<OpenSpecSpecUpdate> specs,
                              Map<String, byte[]> inputs, List<String> refusals, List<String> warnings) {
        String target = c.root() + "/specs/" + d.capability() + "/spec.md";
        try {
            byte[] delta = Files.readAllBytes(root.resolve(d.path()));
            inputs.put(d.path(), delta);
            Path main = root.resolve(target);
            byte[] before = Files.isRegularFile(main) ? Files.readAllBytes(main) : null;
            OpenSpecMerge.Result r = OpenSpecMerge.apply(d.capability(), c.name(), text(delta),
                    before == null ? null : text(before));
            warnings.addAll(r.warnings());
            OpenSpecSpec rebuilt = SpecParser.parse(r.text(), false, target, d.capability());
            String invalid = invalid(rebuilt);
            if (invalid != null) {
                refusals.add(d.capability() + ": the updated spec would not be valid (" + invalid + "); nothing was "
                        + "written" + (c.meta().retireMarker().declared() ? " (retiring a capability is left to the "
                        + "openspec CLI)" : ""));
                return;
            }
            specs.add(new OpenSpecSpecUpdate(d.capability(), target, before, bytes(r.text(), before), r.added(),
                    r.modified(), r.removed(), r.renamed()));
        } catch (IOException e) {
            refusals.add("cannot read " + d.path() + " or " + target + ": " + e.getMessage());
        } catch (OpenSpecMerge.Refusal e) {
            refusals.add(e.getMessage());
        }
    }

    /** What OpenSpec's spec validation would reject in a rebuilt spec, or null. */
    private static String invalid(OpenSpecSpec s) {
        if (s.parseFails()) {
            return s.purpose().isEmpty() ? "Spec must have a Purpose section" : "Spec must have a Requirements section";
        }
        if (s.requirements().isEmpty()) {
            return "Spec must have at least one requirement";
        }
        if (!s.structureIssues().isEmpty()) {
            return "line " + s.structureIssues().get(0).line() + ": " + s.structureIssues().get(0).header();
        }
        return s.requirements().stream().filter(q -> q.scenarios().isEmpty()).findFirst()
                .map(q -> "requirement \"" + q.title() + "\" must have at least one scenario").orElse(null);
    }

    /**
     * Archives as planned. Refuses (writing nothing) when the plan has refusals, when tasks are open and
     * {@code acceptOpenTasks} is false, or when a file it read changed since.
     *
     * @return the files written or moved, repo-relative, the move as {@code from → to}
     */
    public static List<String> archive(Workspace ws, OpenSpecArchivePlan plan, boolean acceptOpenTasks)
            throws WorkspaceException {
        if (!plan.ok()) {
            throw new WorkspaceException("cannot archive " + plan.name() + ": " + String.join("; ", plan.refusals()));
        }
        if (plan.needsConfirmation() && !acceptOpenTasks) {
            throw new WorkspaceException(plan.openTasks() + " incomplete task(s) in " + plan.name()
                    + "; confirm to archive anyway (nothing was written)");
        }
        Path root = root(ws, plan.repo());
        if (root == null) {
            throw new WorkspaceException("repo " + plan.repo() + " is not loaded");
        }
        unchanged(root, plan);
        List<OpenSpecSpecUpdate> written = new ArrayList<>();
        List<String> out = new ArrayList<>();
        try {
            for (OpenSpecSpecUpdate s : plan.specs()) {
                Files2.writeAtomically(root.resolve(s.path()), s.after());
                written.add(s);
                out.add(s.path());
            }
            Path from = root.resolve(plan.changeDir());
            Path to = root.resolve(plan.archiveDir());
            Files.createDirectories(to.getParent());
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to);
            }
            out.add(plan.changeDir() + " → " + plan.archiveDir());
            return out;
        } catch (IOException e) {
            restore(root, written);
            throw new WorkspaceException("cannot archive " + plan.name() + ": " + e.getMessage()
                    + "; the main specs were put back", e);
        }
    }

    private static void unchanged(Path root, OpenSpecArchivePlan plan) throws WorkspaceException {
        try {
            for (Map.Entry<String, byte[]> in : plan.inputs().entrySet()) {
                if (!Arrays.equals(Files.readAllBytes(root.resolve(in.getKey())), in.getValue())) {
                    throw changed(in.getKey());
                }
            }
            for (OpenSpecSpecUpdate s : plan.specs()) {
                Path p = root.resolve(s.path());
                if (s.created() ? Files.exists(p) : !Arrays.equals(Files.readAllBytes(p), s.before())) {
                    throw changed(s.path());
                }
            }
            if (Files.exists(root.resolve(plan.archiveDir())) || !Files.isDirectory(root.resolve(plan.changeDir()))) {
                throw changed(plan.archiveDir());
            }
        } catch (IOException e) {
            throw new WorkspaceException("cannot read " + plan.repo() + ": " + e.getMessage(), e);
        }
    }

    private static WorkspaceException changed(String path) {
        return new WorkspaceException(path + " changed on disk since the archive was checked; nothing was written "
                + "(check again)");
    }

    private static void restore(Path root, List<OpenSpecSpecUpdate> written) {
        for (OpenSpecSpecUpdate s : written) {
            try {
                if (s.created()) {
                    Files.deleteIfExists(root.resolve(s.path()));
                } else {
                    Files2.writeAtomically(root.resolve(s.path()), s.before());
                }
            } catch (IOException ignored) {
                // the caller's message says the archive failed; a spec that could not be put back shows in git
            }
        }
    }

    private static OpenSpecArchivePlan refused(String key, String why) {
        return new OpenSpecArchivePlan(key, "", key, "", null, List.of(), Map.of(), List.of(why), List.of(), 0, 0);
    }

    private static Path root(Workspace ws, String repo) {
        for (RepoPlan p : ws.plans()) {
            if (p.info().name().equals(repo)) {
                return p.info().path();
            }
        }
        return null;
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The merged text in the main spec's own line endings and BOM (LF for a new spec). */
    private static byte[] bytes(String lf, byte[] before) {
        String old = before == null ? "" : text(before);
        String out = old.contains("\r\n") ? lf.replace("\n", "\r\n") : lf;
        if (old.startsWith("\uFEFF")) {
            out = "\uFEFF" + out;
        }
        return out.getBytes(StandardCharsets.UTF_8);
    }
}
