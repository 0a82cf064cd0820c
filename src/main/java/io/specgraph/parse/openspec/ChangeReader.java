package io.specgraph.parse.openspec;

import io.specgraph.model.Content;
import io.specgraph.model.Finding;
import io.specgraph.model.Layout;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Metadata;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.OpenSpecArtifact;
import io.specgraph.model.OpenSpecChange;
import io.specgraph.model.OpenSpecChangeMeta;
import io.specgraph.model.OpenSpecDelta;
import io.specgraph.model.OpenSpecDelta.DeltaFile;
import io.specgraph.model.OpenSpecProject;
import io.specgraph.model.OpenSpecProposal;
import io.specgraph.model.OpenSpecSchema;
import io.specgraph.model.OpenSpecTaskFile;
import io.specgraph.model.Parts;
import io.specgraph.model.Severity;
import io.specgraph.model.Span;
import io.specgraph.model.TaskItem;
import io.specgraph.parse.Document;
import io.specgraph.parse.DocumentLoader;
import io.specgraph.parse.DocumentSource;
import io.specgraph.parse.FileIndex;
import io.specgraph.parse.MarkdownDoc;
import io.specgraph.parse.MarkdownScan;
import io.specgraph.parse.Nodes;
import io.specgraph.parse.ReadRules;
import io.specgraph.parse.ReadResult;
import io.specgraph.parse.RepoContext;
import io.specgraph.parse.TaskLines;
import io.specgraph.parse.Unit;
import io.specgraph.parse.YamlScan;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one OpenSpec change folder (active or archived) into a {@code change} node: its {@code .openspec.yaml}
 * (a sidecar ranking after {@code proposal.md}'s own metadata), its proposal, delta specs and task files as the
 * {@code openspec} CLI reads them, and the capabilities it modifies (derived metadata {@code modifies}).
 */
public final class ChangeReader {

    /** Derived metadata: the capabilities the change's delta specs modify (a list). */
    public static final String MODIFIES = "modifies";
    /** Derived metadata: {@code true} on an archived change. */
    public static final String ARCHIVED = "archived";
    /** Derived metadata: the change name (an archived folder's name without its date). */
    public static final String CHANGE_NAME = "change_name";
    /** Derived metadata: the archive date of an archived change. */
    public static final String ARCHIVE_DATE = "archive_date";

    private static final Pattern DATED = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})-(.+)$");

    private ChangeReader() {
    }

    public static ReadResult read(RepoContext ctx, Unit unit, DocumentSource docs, String root) {
        String dir = unit.path();
        String folder = FileIndex.name(dir);
        boolean archived = FileIndex.parent(dir).equals(FileIndex.join(root, "changes/archive"));
        Matcher dated = DATED.matcher(folder);
        boolean hasDate = archived && dated.matches();
        String id = OpenSpecRoots.idPrefix(root) + folder;
        List<Finding> findings = new ArrayList<>();
        OpenSpecProject project = ProjectReader.read(ctx.repo(), ctx.files(), docs, root, findings);
        ChangeFiles files = new ChangeFiles(ctx.files(), dir);

        String metaPath = FileIndex.join(dir, ChangeFiles.META);
        OpenSpecChangeMeta meta = OpenSpecChangeMeta.ABSENT;
        List<MetaValue> sidecar = List.of();
        if (ctx.files().isFile(metaPath)) {
            DocumentLoader.Loaded loaded = docs.load(metaPath);
            if (loaded.ok()) {
                meta = ChangeMetaReader.read(loaded.document().text(), metaPath, project);
                sidecar = sidecar(ctx.repo(), loaded.document(), meta, findings);
            } else {
                findings.add(loaded.problem());
                String reason = "the metadata file cannot be read (" + loaded.problem().message() + ")";
                OpenSpecChangeMeta.Marker bad = new OpenSpecChangeMeta.Marker(false, reason);
                meta = new OpenSpecChangeMeta(metaPath, true, loaded.problem().message(), null, null, null,
                        List.of(), null, null, null, null, List.of(), bad, bad);
            }
        }
        String schemaName = schemaName(meta, project);
        OpenSpecSchema schema = meta.present() && !meta.valid() ? null
                : project.schema(schemaName).filter(OpenSpecSchema::loads).orElse(null);

        List<OpenSpecDelta> deltas = deltas(files, docs, findings);
        TreeSet<String> modifies = new TreeSet<>();
        for (OpenSpecDelta d : deltas) {
            if (d.file() == DeltaFile.CAPABILITY_SPEC
                    || d.file() == DeltaFile.OTHER_MARKDOWN && d.hasDeltaSections() && !d.capability().isEmpty()) {
                modifies.add(d.capability());
            }
        }
        List<OpenSpecTaskFile> taskFiles = new ArrayList<>();
        List<TaskItem> taskItems = new ArrayList<>();
        tasks(dir, files, schema, docs, taskFiles, taskItems, findings);

        OpenSpecProposal proposal = null;
        String proposalPath = FileIndex.join(dir, "proposal.md");
        if (ctx.files().isFile(proposalPath)) {
            DocumentLoader.Loaded loaded = docs.load(proposalPath);
            if (loaded.ok()) {
                proposal = ProposalParser.parse(loaded.document().text(), proposalPath);
            }
        }
        OpenSpecChange change = new OpenSpecChange(id, hasDate ? dated.group(2) : folder, archived,
                hasDate ? dated.group(1) : null, dir, root, schemaName, schema != null, meta, proposal,
                List.copyOf(modifies), ctx.files().isFile(FileIndex.join(dir, "specs/spec.md")),
                files.specsHasFiles(), files.nested(folder, schema), files.strayMetadata());

        String main = mainFile(dir, files, schema, metaPath, ctx.files());
        List<MetaValue> values = new ArrayList<>();
        Content content = Content.EMPTY;
        if (!main.equals(dir)) {
            DocumentLoader.Loaded loaded = docs.load(main);
            if (!loaded.ok()) {
                if (!main.equals(metaPath)) {
                    findings.add(loaded.problem());
                }
            } else if (FileIndex.isMarkdown(main)) {
                MarkdownDoc md = MarkdownDoc.of(ctx.repo(), loaded.document());
                values.addAll(CapabilityReader.withoutIdentity(md.scan().values()));
                content = md.content();
                findings.addAll(md.findings());
            } else {
                content = MarkdownScan.plain(loaded.document());
            }
        }
        values.addAll(sidecar);
        values.addAll(derived(change, dir));
        Parts parts = Parts.EMPTY.with(OpenSpecChange.class, List.of(change))
                .with(OpenSpecProject.class, List.of(project))
                .with(OpenSpecDelta.class, deltas)
                .with(OpenSpecTaskFile.class, taskFiles)
                .with(TaskItem.class, taskItems);
        List<Finding> built = new ArrayList<>();
        Node node = Nodes.draft(ctx, Layout.OPENSPEC, main, NodeKind.CHANGE, id).meta(Metadata.of(values))
                .content(content).files(ordered(main, files.all())).parts(parts).build(built);
        findings.addAll(built);
        String title = proposal != null && proposal.title() != null ? proposal.title() : folder;
        node = new Node(node.repo(), id, NodeKind.CHANGE, node.layout(), node.path(), title, node.version(),
                node.status(), null, node.meta(), node.content(), node.files(), node.parts());
        return new ReadResult(List.of(node), Nodes.attribute(findings, id));
    }

    private static List<MetaValue> sidecar(String repo, Document doc, OpenSpecChangeMeta meta,
                                           List<Finding> findings) {
        if (meta.yamlError() != null) {
            YamlScan.Result r = YamlScan.scanAll(repo, doc, MetaSource.SIDECAR);
            findings.add(r.problem() != null ? r.problem() : Finding.atFile(ReadRules.BAD_YAML,
                    Severity.ERROR, repo, doc.path(), 1, 0,
                    "YAML does not parse: " + meta.yamlError(), "fix the YAML (keys must be unique)"));
            return List.of();
        }
        if (!meta.issues().isEmpty()) {
            findings.add(Finding.atFile(ReadRules.BAD_VALUE, Severity.WARNING,
                    repo, doc.path(), 1, 0, "not valid OpenSpec change metadata: " + String.join("; ", meta.issues()),
                    "fix the values: schema is a name, created is YYYY-MM-DD, skip_specs and retire_capabilities "
                            + "are true or false, initiative is {store, id}"));
        }
        YamlScan.Result r = YamlScan.scanAll(repo, doc, MetaSource.SIDECAR);
        return CapabilityReader.withoutIdentity(r.values());
    }

    static String schemaName(OpenSpecChangeMeta meta, OpenSpecProject project) {
        if (meta.present()) {
            return meta.schema() != null ? meta.schema() : OpenSpecSchema.SPEC_DRIVEN.name();
        }
        String cfg = project.config().schema();
        return cfg != null ? cfg.replaceFirst("\\.ya?ml$", "") : OpenSpecSchema.SPEC_DRIVEN.name();
    }

    private static List<OpenSpecDelta> deltas(ChangeFiles files, DocumentSource docs, List<Finding> findings) {
        List<OpenSpecDelta> out = new ArrayList<>();
        for (ChangeFiles.DeltaCandidate c : files.deltaCandidates()) {
            DocumentLoader.Loaded loaded = docs.load(c.path());
            if (!loaded.ok()) {
                findings.add(loaded.problem());
                continue;
            }
            out.add(DeltaParser.parse(loaded.document().text(), c.path(), c.entryPath(), c.capability(), c.file()));
        }
        return out;
    }

    private static void tasks(String dir, ChangeFiles files, OpenSpecSchema schema, DocumentSource docs,
                              List<OpenSpecTaskFile> taskFiles, List<TaskItem> items, List<Finding> findings) {
        List<String> tracked = new ArrayList<>();
        OpenSpecArtifact artifact = schema == null ? null : schema.trackedArtifact();
        if (artifact != null) {
            tracked.addAll(files.outputs(artifact.generates()));
        }
        List<String> read = new ArrayList<>(tracked);
        if (!read.contains("tasks.md") && files.relative().contains("tasks.md")) {
            read.add("tasks.md");
        }
        for (String rel : read) {
            String path = FileIndex.join(dir, rel);
            DocumentLoader.Loaded loaded = docs.load(path);
            if (!loaded.ok()) {
                findings.add(loaded.problem());
                continue;
            }
            Document doc = loaded.document();
            String raw = doc.hasBom() ? "\uFEFF" + doc.text() : doc.text();
            taskFiles.add(TaskParser.parse(raw, path, rel, tracked.contains(rel)));
            items.addAll(TaskLines.read(MarkdownScan.scan(doc).content()));
        }
    }

    private static String mainFile(String dir, ChangeFiles files, OpenSpecSchema schema, String metaPath,
                                   FileIndex index) {
        String proposal = FileIndex.join(dir, "proposal.md");
        if (index.isFile(proposal)) {
            return proposal;
        }
        for (OpenSpecArtifact a : (schema != null ? schema : OpenSpecSchema.SPEC_DRIVEN).artifacts()) {
            List<String> out = files.outputs(a.generates());
            if (!out.isEmpty()) {
                return FileIndex.join(dir, out.get(0));
            }
        }
        List<String> all = files.all();
        return all.stream().filter(FileIndex::isMarkdown).findFirst()
                .orElse(index.isFile(metaPath) ? metaPath : all.isEmpty() ? dir : all.get(0));
    }

    private static List<MetaValue> derived(OpenSpecChange change, String dir) {
        List<MetaValue> out = new ArrayList<>();
        out.add(new MetaValue(MODIFIES, MODIFIES, String.join(", ", change.modifies()), change.modifies(),
                MetaSource.DERIVED, dir, Span.NONE, List.of()));
        out.add(MetaValue.derived(CHANGE_NAME, change.name(), dir));
        if (change.archived()) {
            out.add(MetaValue.derived(ARCHIVED, "true", dir));
        }
        if (change.archiveDate() != null) {
            out.add(MetaValue.derived(ARCHIVE_DATE, change.archiveDate(), dir));
        }
        return out;
    }

    private static List<String> ordered(String main, List<String> files) {
        List<String> out = new ArrayList<>();
        out.add(main);
        files.stream().filter(f -> !f.equals(main)).forEach(out::add);
        return out;
    }
}
