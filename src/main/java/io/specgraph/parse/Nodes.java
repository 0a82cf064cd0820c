package io.specgraph.parse;

import io.specgraph.model.Content;
import io.specgraph.model.Finding;
import io.specgraph.model.Keys;
import io.specgraph.model.Layout;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Metadata;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Parts;
import io.specgraph.model.Severity;
import io.specgraph.model.Version;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns read documents into nodes the same way for every layout: an explicit {@code id} wins, an explicit
 * {@code kind} wins, the title comes from metadata, the first {@code #} heading, front matter, else the file name.
 */
public final class Nodes {

    private static final Pattern LEADING_ID = Pattern.compile("^([A-Z][A-Z0-9]*(?:-[A-Z][A-Z0-9]*)*-\\d+)(?:[-_. ].*)?$");

    private Nodes() {
    }

    /** A node under construction: set what the layout knows, then {@link #build}. */
    public static final class Draft {
        private final RepoContext repo;
        private final Layout layout;
        private final String path;
        private NodeKind kind;
        private String defaultId;
        private Metadata meta = Metadata.EMPTY;
        private Content content = Content.EMPTY;
        private List<String> files = List.of();
        private Parts parts = Parts.EMPTY;
        private String fallbackTitle;

        Draft(RepoContext repo, Layout layout, String path, NodeKind kind, String defaultId) {
            this.repo = repo;
            this.layout = layout;
            this.path = path;
            this.kind = kind;
            this.defaultId = defaultId;
        }

        public Draft meta(Metadata m) {
            this.meta = m;
            return this;
        }

        public Draft content(Content c) {
            this.content = c;
            return this;
        }

        public Draft files(List<String> f) {
            this.files = f;
            return this;
        }

        public Draft parts(Parts p) {
            this.parts = p;
            return this;
        }

        public Draft kind(NodeKind k) {
            this.kind = k;
            return this;
        }

        public Draft defaultId(String id) {
            this.defaultId = id;
            return this;
        }

        /** The title to use when neither metadata nor a heading gives one (default: the file name). */
        public Draft fallbackTitle(String t) {
            this.fallbackTitle = t;
            return this;
        }

        /** Sets metadata, content and findings from a markdown document. */
        public Draft markdown(MarkdownDoc md) {
            this.meta = md.metadata();
            this.content = md.content();
            return this;
        }

        /** Builds the node; findings about its metadata go to {@code findings}. */
        public Node build(List<Finding> findings) {
            String id = explicit(Keys.ID).orElse(defaultId);
            NodeKind k = kind;
            Optional<MetaValue> kindValue = meta.get(Keys.KIND);
            if (kindValue.isPresent() && !kindValue.get().isBlank()) {
                Optional<NodeKind> parsed = NodeKind.fromText(kindValue.get().value());
                if (parsed.isPresent()) {
                    k = parsed.get();
                } else if (kindValue.get().rawKey().strip().equalsIgnoreCase("kind")) {
                    findings.add(new Finding(ReadRules.BAD_VALUE, Severity.WARNING, null, id, repo.repo(),
                            kindValue.get().path(), kindValue.get().line(), kindValue.get().column(),
                            "'" + kindValue.get().value() + "' is not a node kind; read as " + k.label(),
                            "write one of: platform-spec, component-spec, contract, adr, initiative, context-pack, "
                                    + "domain, bug, hotfix, capability, change"));
                }
            }
            String version = explicit(Keys.VERSION).orElse(null);
            if (version != null && Version.parse(version) == null) {
                MetaValue v = meta.get(Keys.VERSION).orElseThrow();
                findings.add(new Finding(ReadRules.BAD_VALUE, Severity.WARNING, null, id, repo.repo(), v.path(),
                        v.line(), v.column(), "version '" + version + "' is not a version number",
                        "write a version like v2 or 1.2.0"));
            }
            String status = explicit(Keys.STATUS).orElse(null);
            return new Node(repo.repo(), id, k, layout, path, title(), version, status, null, meta, content,
                    files, parts);
        }

        private Optional<String> explicit(String key) {
            return meta.get(key).filter(v -> !v.isBlank()).map(MetaValue::value).map(String::strip);
        }

        private String title() {
            return stripLinks(rawTitle());
        }

        private String rawTitle() {
            Optional<MetaValue> t = meta.get(Keys.TITLE).filter(v -> !v.isBlank());
            if (t.isPresent() && t.get().source() != MetaSource.FRONT_MATTER) {
                return t.get().value();
            }
            Optional<String> h1 = content.title().map(String::strip).filter(s -> !s.isEmpty());
            if (h1.isPresent()) {
                return h1.get();
            }
            if (t.isPresent()) {
                return t.get().value();
            }
            return fallbackTitle != null ? fallbackTitle : FileIndex.name(path);
        }
    }

    private static final Pattern MARKDOWN_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");

    /** A title without markdown link syntax: {@code [Superseded by [ADR-19](x.md)] Push} → {@code [Superseded by ADR-19] Push}. */
    static String stripLinks(String title) {
        return title.contains("](") ? MARKDOWN_LINK.matcher(title).replaceAll("$1").strip() : title;
    }

    public static Draft draft(RepoContext repo, Layout layout, String path, NodeKind kind, String defaultId) {
        return new Draft(repo, layout, path, kind, defaultId);
    }

    /**
     * The id a file name gives: a leading {@code PREFIX-123} ({@code ECO-124-guest-checkout.md} → {@code ECO-124}),
     * else the file stem.
     */
    public static String idFromFileName(String path) {
        String stem = FileIndex.stem(path);
        Matcher m = LEADING_ID.matcher(stem);
        return m.matches() ? m.group(1) : stem;
    }

    /** Findings from scanning a document, attributed to {@code nodeId}. */
    public static List<Finding> attribute(List<Finding> findings, String nodeId) {
        return findings.stream().map(f -> f.node() == null ? f.withNode(nodeId) : f).toList();
    }
}
