package io.specgraph.parse.openspec;

import io.specgraph.model.Finding;
import io.specgraph.model.Keys;
import io.specgraph.model.Layout;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Metadata;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.OpenSpecRequirement;
import io.specgraph.model.OpenSpecSpec;
import io.specgraph.model.Parts;
import io.specgraph.parse.DocumentLoader;
import io.specgraph.parse.DocumentSource;
import io.specgraph.parse.MarkdownDoc;
import io.specgraph.parse.Nodes;
import io.specgraph.parse.ReadResult;
import io.specgraph.parse.RepoContext;
import io.specgraph.parse.Unit;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads an OpenSpec main spec ({@code openspec/specs/<capability-path>/spec.md}) into a {@code capability} node:
 * id = the capability path (OpenSpec's own id), title = the first {@code #} heading else the id, and the spec as
 * OpenSpec parses it ({@link OpenSpecSpec}, {@link OpenSpecRequirement} parts).
 */
public final class CapabilityReader {

    private CapabilityReader() {
    }

    /** The capability id of a spec file under {@code <root>/specs/}. */
    public static String capabilityId(String root, String specPath) {
        String prefix = root + "/specs/";
        return specPath.substring(prefix.length(), specPath.length() - "/spec.md".length());
    }

    public static ReadResult read(RepoContext ctx, Unit unit, DocumentSource docs, String root) {
        String path = unit.path();
        String capability = capabilityId(root, path);
        String id = OpenSpecRoots.idPrefix(root) + capability;
        DocumentLoader.Loaded loaded = docs.load(path);
        List<Finding> findings = new ArrayList<>();
        Nodes.Draft draft = Nodes.draft(ctx, Layout.OPENSPEC, path, NodeKind.CAPABILITY, id).files(unit.files())
                .fallbackTitle(capability);
        if (!loaded.ok()) {
            findings.add(loaded.problem());
        } else {
            MarkdownDoc md = MarkdownDoc.of(ctx.repo(), loaded.document());
            OpenSpecSpec spec = SpecParser.parse(loaded.document().text(), loaded.document().hasBom(), path,
                    capability);
            draft.meta(Metadata.of(withoutIdentity(md.scan().values()))).content(md.content())
                    .parts(Parts.EMPTY.with(OpenSpecSpec.class, List.of(spec))
                            .with(OpenSpecRequirement.class, spec.requirements()));
            findings.addAll(md.findings());
        }
        Node node = draft.build(findings);
        return new ReadResult(List.of(node), Nodes.attribute(findings, id));
    }

    /**
     * Metadata without {@code id} and {@code kind}: an OpenSpec item's identity is its path, so a stray
     * {@code **ID**:} or {@code **Type**:} label never renames or re-kinds it.
     */
    static List<MetaValue> withoutIdentity(List<MetaValue> values) {
        return values.stream().filter(v -> !v.key().equals(Keys.ID) && !v.key().equals(Keys.KIND)).toList();
    }
}
