package io.specgraph.parse;

import io.specgraph.model.Finding;
import io.specgraph.model.Keys;
import io.specgraph.model.Layout;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Metadata;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.RepoRole;
import io.specgraph.model.Severity;
import io.specgraph.model.Version;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a repo's {@code context/} folder: the component description ({@code component.yaml}, or
 * {@code component.md} with metadata) and context packs (markdown with metadata, or YAML), several versions of a
 * pack side by side.
 */
public final class ContextReader {

    static final String TYPE_PREFIX = "context:";
    static final String DIR = "context";
    /** A context pack without an id or version. */
    public static final String PACK_INCOMPLETE = "CTX1";
    /** A context pack that names no MCP sources. */
    public static final String PACK_NO_SOURCES = "CTX2";

    private static final Pattern VERSION_SUFFIX = Pattern.compile("^(.+?)[-_@.]([vV]\\d+(?:\\.\\d+)*)$");

    /** What {@code context/component.*} says about the repo. */
    public record ComponentInfo(String name, String domain, List<String> packs) {
        public ComponentInfo {
            packs = packs == null ? List.of() : List.copyOf(packs);
        }
    }

    public ComponentInfo component(String repo, FileIndex files, DocumentSource docs, List<Finding> findings) {
        for (String name : List.of("component.yaml", "component.yml", "component.md")) {
            String path = DIR + "/" + name;
            if (!files.isFile(path)) {
                continue;
            }
            DocumentLoader.Loaded loaded = docs.load(path);
            if (!loaded.ok()) {
                findings.add(loaded.problem());
                return new ComponentInfo(null, null, List.of());
            }
            Metadata meta = metadata(repo, loaded.document(), findings);
            List<String> packs = meta.items("context_packs");
            if (packs.isEmpty()) {
                packs = meta.items(Keys.CONTEXT_PACK);
            }
            String component = meta.value(Keys.COMPONENT);
            if (component == null) {
                component = meta.value("name");
            }
            return new ComponentInfo(blankToNull(component), blankToNull(meta.value(Keys.DOMAIN)), packs);
        }
        return new ComponentInfo(null, null, List.of());
    }

    public List<Unit> units(RepoContext ctx) {
        Layout layout = ctx.role() == RepoRole.PLATFORM ? Layout.SEED_PLATFORM : Layout.SEED_COMPONENT;
        List<Unit> units = new ArrayList<>();
        for (String f : ctx.files().under(DIR)) {
            String name = FileIndex.name(f).toLowerCase(Locale.ROOT);
            if (name.startsWith("component.") || name.equals("readme.md") || name.startsWith("_")) {
                continue;
            }
            if (FileIndex.isMarkdown(f) || FileIndex.isYaml(f) || name.endsWith(".json")) {
                units.add(Unit.of(layout, TYPE_PREFIX + "pack", f));
            }
        }
        return units;
    }

    public ReadResult read(RepoContext ctx, Unit unit, DocumentSource docs) {
        DocumentLoader.Loaded loaded = docs.load(unit.path());
        if (!loaded.ok()) {
            return ReadResult.problem(loaded.problem());
        }
        List<Finding> findings = new ArrayList<>();
        Document doc = loaded.document();
        Metadata meta;
        io.specgraph.model.Content content;
        if (FileIndex.isMarkdown(unit.path())) {
            MarkdownDoc md = MarkdownDoc.of(ctx.repo(), doc);
            meta = md.metadata();
            content = md.content();
            findings.addAll(md.findings());
        } else {
            meta = metadata(ctx.repo(), doc, findings);
            content = MarkdownScan.plain(doc);
        }
        String stem = FileIndex.stem(unit.path());
        String id = stem;
        String version = null;
        Matcher m = VERSION_SUFFIX.matcher(stem);
        if (m.matches()) {
            id = m.group(1);
            version = m.group(2);
        }
        if (meta.value(Keys.VERSION) == null && version != null) {
            meta = meta.with(MetaValue.derived(Keys.VERSION, version, unit.path()));
        }
        List<Finding> buildFindings = new ArrayList<>();
        Node node = Nodes.draft(ctx, unit.layout(), unit.path(), NodeKind.CONTEXT_PACK, id)
                .meta(meta).content(content).build(buildFindings);
        findings.addAll(buildFindings);
        if (!meta.has(Keys.ID) || node.version() == null || Version.parse(node.version()) == null) {
            findings.add(new Finding(PACK_INCOMPLETE, Severity.WARNING, null, node.id(), ctx.repo(), unit.path(), 1, 0,
                    "context pack " + node.id() + " does not declare both an id and a version",
                    "add id: and version: (e.g. version: v2) to the pack; specs pin packs by id and version"));
        }
        if (meta.items(Keys.SOURCES).isEmpty()) {
            findings.add(new Finding(PACK_NO_SOURCES, Severity.WARNING, null, node.id(), ctx.repo(), unit.path(), 1, 0,
                    "context pack " + node.id() + " names no MCP sources it was built from",
                    "add sources: with each MCP and its version (e.g. Platform MCP v3)"));
        }
        return new ReadResult(List.of(node), Nodes.attribute(findings, node.id()));
    }

    private static Metadata metadata(String repo, Document doc, List<Finding> findings) {
        if (doc.path().endsWith(".json")) {
            return JsonMeta.read(repo, doc, findings);
        }
        if (FileIndex.isMarkdown(doc.path())) {
            MarkdownDoc md = MarkdownDoc.of(repo, doc);
            findings.addAll(md.findings());
            return md.metadata();
        }
        YamlScan.Result yaml = YamlScan.scanAll(repo, doc, MetaSource.YAML_DOCUMENT);
        if (yaml.problem() != null) {
            findings.add(yaml.problem());
        }
        return Metadata.of(yaml.values());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
