package io.specgraph.parse;

import io.specgraph.model.ChecklistItem;
import io.specgraph.model.Finding;
import io.specgraph.model.Keys;
import io.specgraph.model.Layout;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Parts;
import io.specgraph.model.Severity;
import io.specgraph.model.TaskItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a feature folder (spec-kit {@code specs/<feature>/}, seed {@code platform-specs/<spec>/}): the spec node
 * from {@code spec.md}, a {@code plan} node and a {@code tasks} node attached to it (ids {@code <spec>/plan},
 * {@code <spec>/tasks}), checklist items from {@code checklists/}, and every other file as part of the feature.
 */
public final class Features {

    /** The finding id for a feature folder without a {@code spec.md}. */
    public static final String NO_SPEC = "SK7";

    private Features() {
    }

    /**
     * @param extraMeta metadata from elsewhere for the spec node (a fork's {@code meta.json}); may return empty
     */
    public static ReadResult read(RepoContext ctx, Unit unit, DocumentSource docs, Layout layout, NodeKind kind,
                                  Function<MarkdownDoc, List<MetaValue>> extraMeta) {
        return read(ctx, unit, docs, layout, kind, FileIndex.name(unit.path()), extraMeta);
    }

    /**
     * As {@link #read(RepoContext, Unit, DocumentSource, Layout, NodeKind, Function)}, with the spec node's id when
     * its metadata names none (default: the folder name; a spec-kit monorepo prefixes it with the project folder).
     */
    public static ReadResult read(RepoContext ctx, Unit unit, DocumentSource docs, Layout layout, NodeKind kind,
                                  String defaultId, Function<MarkdownDoc, List<MetaValue>> extraMeta) {
        String dir = unit.path();
        List<String> files = unit.files();
        ReadResult.Builder out = new ReadResult.Builder();
        String specPath = FileIndex.join(dir, "spec.md");
        Optional<String> planPath = findPlan(dir, files);
        String mainPath = files.contains(specPath) ? specPath : planPath.orElse(null);
        if (mainPath == null) {
            mainPath = files.stream().filter(FileIndex::isMarkdown).findFirst().orElse(null);
        }
        if (mainPath == null) {
            return ReadResult.EMPTY;
        }
        DocumentLoader.Loaded loaded = docs.load(mainPath);
        if (!loaded.ok()) {
            return ReadResult.problem(loaded.problem());
        }
        MarkdownDoc md = MarkdownDoc.of(ctx.repo(), loaded.document());
        List<Finding> findings = new ArrayList<>();
        List<ChecklistItem> checklist = checklists(ctx, dir, files, docs, out);
        Node spec = Nodes.draft(ctx, layout, mainPath, kind, defaultId)
                .meta(md.metadata(extraMeta.apply(md)))
                .content(md.content())
                .files(ordered(mainPath, files))
                .parts(Parts.EMPTY.with(ChecklistItem.class, checklist)
                        .with(io.specgraph.model.FanOutTask.class, kind == NodeKind.PLATFORM_SPEC
                                ? fanOutTasks(md) : List.of()))
                .fallbackTitle(FileIndex.name(dir))
                .build(findings);
        out.node(spec);
        out.findings(Nodes.attribute(md.findings(), spec.id()));
        out.findings(Nodes.attribute(findings, spec.id()));
        if (!mainPath.equals(specPath)) {
            out.finding(new Finding(NO_SPEC, Severity.WARNING, null, spec.id(), ctx.repo(), mainPath, 0, 0,
                    "feature folder " + dir + " has no spec.md; read from " + FileIndex.name(mainPath),
                    "add spec.md (the /speckit.specify output) to the feature folder"));
        }
        if (planPath.isPresent() && !planPath.get().equals(mainPath)) {
            attached(ctx, docs, layout, NodeKind.PLAN, planPath.get(), spec, out);
        }
        String tasksPath = FileIndex.join(dir, "tasks.md");
        if (files.contains(tasksPath)) {
            attached(ctx, docs, layout, NodeKind.TASKS, tasksPath, spec, out);
        }
        return out.build();
    }

    /** Reads a plan or tasks document as a node attached to {@code spec}. */
    static void attached(RepoContext ctx, DocumentSource docs, Layout layout, NodeKind kind, String path, Node spec,
                         ReadResult.Builder out) {
        DocumentLoader.Loaded loaded = docs.load(path);
        if (!loaded.ok()) {
            out.finding(loaded.problem().withNode(spec.id()));
            return;
        }
        MarkdownDoc md = MarkdownDoc.of(ctx.repo(), loaded.document());
        String id = spec.id() + "/" + kind.label();
        Parts parts = Parts.EMPTY;
        if (kind == NodeKind.TASKS) {
            List<TaskItem> tasks = TaskLines.read(md.content());
            parts = parts.with(TaskItem.class, tasks)
                    .with(io.specgraph.model.FanOutTask.class, FanOutTasks.read(md.doc(), md.content(), tasks));
        } else if (kind == NodeKind.PLAN && spec.kind() == NodeKind.PLATFORM_SPEC) {
            parts = parts.with(io.specgraph.model.FanOutTask.class, fanOutTasks(md));
        }
        List<Finding> findings = new ArrayList<>();
        Node node = Nodes.draft(ctx, layout, path, kind, id)
                .meta(md.metadata(List.of(MetaValue.derived(Keys.ATTACHED_TO, spec.id(), path))))
                .content(md.content())
                .parts(parts)
                .fallbackTitle(spec.title() + " — " + kind.label())
                .build(findings);
        if (!node.id().equals(id)) {
            node = node.withId(id);
        }
        out.node(node);
        out.findings(Nodes.attribute(md.findings(), id));
        out.findings(Nodes.attribute(findings, id));
    }

    /** The fan-out tasks written in a platform spec's own file or its plan (docs/gui-workflows.md allows both). */
    static List<io.specgraph.model.FanOutTask> fanOutTasks(MarkdownDoc md) {
        return FanOutTasks.read(md.doc(), md.content(), TaskLines.read(md.content()));
    }

    private static Optional<String> findPlan(String dir, List<String> files) {
        String plan = FileIndex.join(dir, "plan.md");
        if (files.contains(plan)) {
            return Optional.of(plan);
        }
        return files.stream()
                .filter(f -> FileIndex.parent(f).equals(dir) && FileIndex.isMarkdown(f))
                .filter(Features::isPlanName)
                .findFirst();
    }

    /**
     * True for a plan under any name: a word of the file name starts or ends with "plan" ({@code plan.md},
     * {@code implementation-plan.md}, {@code PLAT-124-plan.md}, {@code planning.md}; not {@code explanation.md}),
     * or holds 計画 / 计划.
     */
    public static boolean isPlanName(String path) {
        String stem = FileIndex.stem(path).toLowerCase(Locale.ROOT);
        for (String word : stem.split("[^\\p{L}\\p{N}]+")) {
            if (word.startsWith("plan") || word.endsWith("plan") || word.contains("計画") || word.contains("计划")) {
                return true;
            }
        }
        return false;
    }

    private static List<ChecklistItem> checklists(RepoContext ctx, String dir, List<String> files,
                                                  DocumentSource docs, ReadResult.Builder out) {
        String prefix = FileIndex.join(dir, "checklists") + "/";
        List<ChecklistItem> items = new ArrayList<>();
        for (String f : files) {
            if (!f.startsWith(prefix) || !FileIndex.isMarkdown(f)) {
                continue;
            }
            DocumentLoader.Loaded loaded = docs.load(f);
            if (!loaded.ok()) {
                out.finding(loaded.problem());
                continue;
            }
            MarkdownScan.Result scan = MarkdownScan.scan(loaded.document());
            for (TaskItem t : TaskLines.read(scan.content())) {
                if (!t.verbatim()) {
                    String text = t.taskId() == null ? t.text() : t.taskId() + " " + t.text();
                    items.add(new ChecklistItem(f, t.line(), t.done(), text));
                }
            }
        }
        return items;
    }

    private static List<String> ordered(String main, List<String> files) {
        List<String> out = new ArrayList<>();
        out.add(main);
        for (String f : files) {
            if (!f.equals(main)) {
                out.add(f);
            }
        }
        return out;
    }
}
