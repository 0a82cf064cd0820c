package io.specgraph.parse.adr;

import io.specgraph.model.AdrInfo;
import io.specgraph.model.AdrLink;
import io.specgraph.model.Finding;
import io.specgraph.model.Heading;
import io.specgraph.model.Layout;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Metadata;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Parts;
import io.specgraph.model.Severity;
import io.specgraph.parse.DocumentLoader;
import io.specgraph.parse.DocumentSource;
import io.specgraph.parse.MarkdownDoc;
import io.specgraph.parse.Nodes;
import io.specgraph.parse.ReadResult;
import io.specgraph.parse.RepoContext;
import io.specgraph.parse.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one ADR file as an {@code adr} node: id ({@link AdrCatalog}), title without its number
 * ({@link AdrTitles}), status from the first source that has one (front matter, {@code * Status:} bullet or
 * {@code Status:} line before the first section, then the {@code ## Status} section, {@link AdrStatus}), supersede
 * and amend links ({@link AdrStatusLinks}), and an {@link AdrInfo} part. A file without a number in its name and
 * without ADR sections is not an ADR (a note or index in the folder): it gives no node.
 */
public final class AdrFile {

    private AdrFile() {
    }

    public static ReadResult read(RepoContext ctx, Unit unit, DocumentSource docs, AdrCatalog.Entry entry) {
        DocumentLoader.Loaded loaded = docs.load(unit.path());
        if (!loaded.ok()) {
            return ReadResult.problem(loaded.problem());
        }
        MarkdownDoc md = MarkdownDoc.of(ctx.repo(), loaded.document());
        if (!entry.name().hasNumber() && !AdrShape.looksLikeAdr(md)) {
            return new ReadResult(List.of(), md.findings());
        }
        Optional<AdrStatus.Section> section = AdrStatus.read(md);
        AdrStatusLinks.Result links = AdrStatusLinks.read(md, section);
        List<MetaValue> extra = new ArrayList<>();
        section.map(AdrStatus.Section::value).ifPresent(extra::add);
        extra.addAll(links.values());
        Metadata meta = md.metadata(extra);

        AdrInfo info = new AdrInfo(entry.name().number(), entry.name().value(), entry.name().date(),
                entry.name().slug(), entry.folder(), entry.subFolder(), entry.duplicates(), AdrShape.style(md));
        Parts parts = Parts.EMPTY.with(AdrInfo.class, List.of(info)).with(AdrLink.class, links.links());
        String fallback = AdrTitles.fromSlug(entry.name().slug());
        List<Finding> findings = new ArrayList<>();
        Node built = Nodes.draft(ctx, Layout.ADR, unit.path(), NodeKind.ADR, entry.id())
                .markdown(md).meta(meta).files(unit.files()).parts(parts)
                .fallbackTitle(fallback == null ? entry.id() : fallback)
                .build(findings);
        Node node = new Node(built.repo(), built.id(), built.kind(), built.layout(), built.path(),
                AdrTitles.strip(built.title()), built.version(), built.status(), built.state(), built.meta(),
                built.content(), built.files(), built.parts());

        if (node.status() == null) {
            findings.add(missingStatus(ctx, node, md, section));
        }
        if (!entry.duplicates().isEmpty() && !meta.get("id").filter(v -> !v.isBlank()).isPresent()) {
            findings.add(duplicate(ctx, node, md, entry));
        }
        List<Finding> all = new ArrayList<>(Nodes.attribute(md.findings(), node.id()));
        all.addAll(Nodes.attribute(findings, node.id()));
        return ReadResult.of(node, all);
    }

    private static Finding missingStatus(RepoContext ctx, Node node, MarkdownDoc md,
                                         Optional<AdrStatus.Section> section) {
        if (section.isPresent()) {
            Heading h = section.get().heading();
            return new Finding(AdrRules.MISSING_STATUS, Severity.WARNING, null, node.id(), ctx.repo(), node.path(),
                    h.line(), h.column(), "missing status: the Status section of " + node.id() + " is empty",
                    "write the status on the line under the heading: Proposed, Accepted, Rejected, Deprecated or "
                            + "Superseded by [ADR-N](file.md)");
        }
        Optional<Heading> title = md.content().heading(h -> h.level() == 1);
        return new Finding(AdrRules.MISSING_STATUS, Severity.WARNING, null, node.id(), ctx.repo(), node.path(),
                title.map(Heading::line).orElse(1), title.map(Heading::column).orElse(0),
                "missing status: " + node.id() + " states no status",
                "add a '## Status' section (or 'status:' in its front matter) saying Proposed, Accepted, Rejected, "
                        + "Deprecated or Superseded by …");
    }

    private static Finding duplicate(RepoContext ctx, Node node, MarkdownDoc md, AdrCatalog.Entry entry) {
        List<String> files = new ArrayList<>();
        files.add(entry.path());
        files.addAll(entry.duplicates());
        files.sort(String::compareTo);
        String listed = files.size() == 2 ? files.get(0) + " and " + files.get(1)
                : String.join(", ", files.subList(0, files.size() - 1)) + " and " + files.get(files.size() - 1);
        Optional<Heading> title = md.content().heading(h -> h.level() == 1);
        return new Finding(AdrRules.DUPLICATE_NUMBER, Severity.WARNING, null, node.id(), ctx.repo(), node.path(),
                title.map(Heading::line).orElse(1), title.map(Heading::column).orElse(0),
                "duplicate ADR number " + entry.name().number() + ": " + listed + " (this one is read as "
                        + node.id() + ")",
                "give one of them the next free number, or set an explicit id: in its front matter");
    }
}
