package io.specgraph.parse;

import io.specgraph.model.Content;
import io.specgraph.model.Finding;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Metadata;

import java.util.ArrayList;
import java.util.List;

/** A markdown document with its outline and the metadata read from it. */
public record MarkdownDoc(Document doc, Content content, MetaScan.Result scan) {

    /** Outlines and scans {@code doc}. */
    public static MarkdownDoc of(String repo, Document doc) {
        MarkdownScan.Result outline = MarkdownScan.scan(doc);
        MetaScan.Result meta = MetaScan.scan(repo, doc, outline.content(), outline.frontMatterEnd());
        return new MarkdownDoc(doc, outline.content(), meta);
    }

    /** The metadata (first source per key wins), with {@code extra} values read after the in-document ones. */
    public Metadata metadata(List<MetaValue> extra) {
        if (extra.isEmpty()) {
            return Metadata.of(scan.values());
        }
        List<MetaValue> all = new ArrayList<>(scan.values());
        all.addAll(extra);
        return Metadata.of(all);
    }

    public Metadata metadata() {
        return metadata(List.of());
    }

    public List<Finding> findings() {
        return scan.findings();
    }

    public String path() {
        return doc.path();
    }
}
