package io.specgraph.parse.speckit;

import io.specgraph.model.Finding;
import io.specgraph.model.Layout;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Parts;
import io.specgraph.model.SpecKitItem;
import io.specgraph.model.SpecKitLink;
import io.specgraph.parse.DocumentLoader;
import io.specgraph.parse.DocumentSource;
import io.specgraph.parse.FileIndex;
import io.specgraph.parse.MarkdownDoc;
import io.specgraph.parse.Nodes;
import io.specgraph.parse.ReadResult;
import io.specgraph.parse.ReadRules;
import io.specgraph.parse.RepoContext;
import io.specgraph.parse.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a spec-kit project's memory: the constitution ({@code .specify/memory/constitution.md}, or a fork's
 * {@code charter.md}) and its domains ({@code .specify/memory/domains/*.md}).
 */
public final class MemoryReader {

    private static final Pattern PLACEHOLDER_VALUE = Pattern.compile("^\\[[A-Z][A-Z0-9_]*\\]$");

    private MemoryReader() {
    }

    /**
     * The constitution node: id {@code <prefix>constitution}; metadata from the document, then its version line
     * ({@code version}, {@code ratified}, {@code last_amended}); parts: placeholders, deferred values, sync
     * impact reports, links. A version still holding its placeholder is not reported as a bad version (the
     * placeholder is reported by the constitution rule).
     */
    public static ReadResult constitution(RepoContext ctx, Unit unit, DocumentSource docs, String prefix, Links links) {
        DocumentLoader.Loaded loaded = docs.load(unit.path());
        if (!loaded.ok()) {
            return ReadResult.problem(loaded.problem());
        }
        MarkdownDoc md = MarkdownDoc.of(ctx.repo(), loaded.document());
        List<MetaValue> extra = new ArrayList<>(Labels.localHeader(md));
        extra.addAll(Labels.versionLine(md));
        List<Finding> findings = new ArrayList<>();
        Node node = Nodes.draft(ctx, Layout.SPEC_KIT, unit.path(), NodeKind.CONSTITUTION, prefix + "constitution")
                .meta(md.metadata(extra))
                .content(md.content())
                .files(unit.files())
                .build(findings);
        String version = node.version();
        if (version != null && PLACEHOLDER_VALUE.matcher(version).matches()) {
            findings.removeIf(f -> f.rule().equals(ReadRules.BAD_VALUE) && f.message().startsWith("version "));
        }
        List<SpecKitItem> items = new ArrayList<>(ConstitutionParts.syncReports(md.content()));
        items.addAll(ConstitutionParts.placeholders(md.content()));
        node = node.withParts(Parts.EMPTY.with(SpecKitItem.class, items)
                .with(SpecKitLink.class, links.read(md.content())));
        List<Finding> all = new ArrayList<>(Nodes.attribute(md.findings(), node.id()));
        all.addAll(Nodes.attribute(findings, node.id()));
        return ReadResult.of(node, all);
    }

    /** A domain node: id from its metadata, else {@code <prefix><file stem>}. */
    public static ReadResult domain(RepoContext ctx, Unit unit, DocumentSource docs, String prefix, Links links) {
        DocumentLoader.Loaded loaded = docs.load(unit.path());
        if (!loaded.ok()) {
            return ReadResult.problem(loaded.problem());
        }
        MarkdownDoc md = MarkdownDoc.of(ctx.repo(), loaded.document());
        List<Finding> findings = new ArrayList<>();
        Node node = Nodes.draft(ctx, Layout.SPEC_KIT, unit.path(), NodeKind.DOMAIN,
                        prefix + FileIndex.stem(unit.path()))
                .meta(md.metadata(Labels.localHeader(md)))
                .content(md.content())
                .files(unit.files())
                .build(findings);
        node = node.withParts(Parts.EMPTY.with(SpecKitLink.class, links.read(md.content())));
        List<Finding> all = new ArrayList<>(Nodes.attribute(md.findings(), node.id()));
        all.addAll(Nodes.attribute(findings, node.id()));
        return ReadResult.of(node, all);
    }
}
