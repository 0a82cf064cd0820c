package io.specgraph.parse;

import io.specgraph.model.Finding;
import io.specgraph.model.Keys;
import io.specgraph.model.ListValues;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Severity;
import io.specgraph.model.Span;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * YAML read with positions: the top-level keys of a mapping become {@link MetaValue}s whose spans point at the
 * exact value text in the document, so edits replace only those characters. Also gives the whole YAML as plain
 * Java maps and lists. Bad YAML becomes a finding, never an exception.
 */
public final class YamlScan {

    private YamlScan() {
    }

    /**
     * @param values the top-level values, in document order
     * @param tree   the YAML as maps, lists and strings (null when it does not parse or is empty)
     * @param problem a finding when the YAML does not parse, else null
     */
    public record Result(List<MetaValue> values, Object tree, Finding problem) {
        public Result {
            values = List.copyOf(values);
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> map() {
            return tree instanceof Map ? (Map<String, Object>) tree : Map.of();
        }
    }

    /**
     * Scans lines {@code firstLine..lastLine} (1-based, inclusive) of {@code doc} as one YAML document.
     */
    public static Result scan(String repo, Document doc, int firstLine, int lastLine, MetaSource source) {
        if (lastLine < firstLine) {
            return new Result(List.of(), null, null);
        }
        int start = doc.lineStart(firstLine);
        int end = doc.lineEndWithEol(lastLine);
        String yaml = doc.text().substring(start, end);
        Node root;
        try {
            root = compose(yaml);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = m == null ? firstLine : firstLine + m.getLine();
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            return new Result(List.of(), null, Finding.atFile(ReadRules.BAD_YAML, Severity.ERROR, repo, doc.path(),
                    Math.min(line, doc.lineCount()), m == null ? 0 : m.getColumn() + 1, "YAML does not parse: " + problem,
                    "fix the YAML syntax (quote values holding ': ' or '#')"));
        } catch (YAMLException | IllegalArgumentException e) {
            return new Result(List.of(), null, Finding.atFile(ReadRules.BAD_YAML, Severity.ERROR, repo, doc.path(),
                    firstLine, 0, "YAML does not parse: " + e.getMessage(), "fix the YAML syntax"));
        }
        if (root == null) {
            return new Result(List.of(), null, null);
        }
        Object tree = toJava(root);
        List<MetaValue> values = new ArrayList<>();
        if (root instanceof MappingNode mapping) {
            Positions pos = new Positions(doc, start, yaml);
            for (NodeTuple t : mapping.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode keyNode) {
                    values.add(value(doc, pos, keyNode, t.getValueNode(), source));
                }
            }
        }
        return new Result(values, tree, null);
    }

    /**
     * Composes YAML into a node tree (no objects are constructed, so no code runs) with the limits Specgraph reads
     * every YAML under. Throws SnakeYAML's exceptions for callers to turn into findings.
     */
    public static Node compose(String yaml) {
        LoaderOptions opts = new LoaderOptions();
        opts.setMaxAliasesForCollections(50);
        opts.setAllowDuplicateKeys(true);
        opts.setCodePointLimit(8 * 1024 * 1024);
        return new Yaml(opts).compose(new StringReader(yaml));
    }

    /** Scans a whole document as YAML. */
    public static Result scanAll(String repo, Document doc, MetaSource source) {
        return scan(repo, doc, 1, doc.lineCount(), source);
    }

    private static MetaValue value(Document doc, Positions pos, ScalarNode keyNode, Node v, MetaSource source) {
        String rawKey = keyNode.getValue();
        String key = Keys.canonical(rawKey);
        if (v instanceof ScalarNode s) {
            String text = s.getValue() == null ? "" : s.getValue().strip();
            Span span = scalarSpan(doc, pos, keyNode, s);
            if (text.isEmpty() && span.length() == 0 || isNullTag(s) && text.isEmpty()) {
                span = afterColon(doc, pos.span(keyNode.getStartMark(), keyNode.getEndMark()));
            }
            return new MetaValue(key, rawKey, text, ListValues.split(text), source, doc.path(), span, List.of());
        }
        Span span = pos.span(v.getStartMark(), v.getEndMark());
        span = trimTrailingBlank(doc, span);
        String text = doc.textOf(span).strip();
        List<String> items = new ArrayList<>();
        List<Span> itemSpans = new ArrayList<>();
        if (v instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                Span is = trimTrailingBlank(doc, pos.span(item.getStartMark(), item.getEndMark()));
                String itemText = item instanceof ScalarNode sc ? sc.getValue().strip() : doc.textOf(is).strip();
                if (!ListValues.isEmptyMarker(itemText)) {
                    items.add(itemText);
                    itemSpans.add(is);
                }
            }
        } else if (v instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && "id".equals(k.getValue())
                        && t.getValueNode() instanceof ScalarNode id) {
                    items.add(id.getValue());
                }
            }
        }
        return new MetaValue(key, rawKey, text, items, source, doc.path(), span, itemSpans);
    }

    /**
     * The span of a scalar value on its key's line: after an anchor ({@code &a Draft} → {@code Draft}); for an alias
     * ({@code *a}) the alias token itself (its node's marks point at the anchor's definition); trailing line breaks
     * of block scalars trimmed.
     */
    private static Span scalarSpan(Document doc, Positions pos, ScalarNode keyNode, ScalarNode s) {
        Span keySpan = pos.span(keyNode.getStartMark(), keyNode.getEndMark());
        Span after = afterColon(doc, keySpan);
        String rest = doc.line(after.line()).substring(after.column() - 1);
        int lead = rest.length() - rest.stripLeading().length();
        String t = rest.stripLeading();
        if (t.startsWith("*")) {
            int end = 1;
            while (end < t.length() && !Character.isWhitespace(t.charAt(end))) {
                end++;
            }
            return doc.span(after.offset() + lead, end);
        }
        Span span = trimTrailingBlank(doc, pos.span(s.getStartMark(), s.getEndMark()));
        if (t.startsWith("&") && span.line() == after.line()) {
            int end = 1;
            while (end < t.length() && !Character.isWhitespace(t.charAt(end))) {
                end++;
            }
            while (end < t.length() && Character.isWhitespace(t.charAt(end))) {
                end++;
            }
            int from = after.offset() + lead + end;
            if (from <= span.end() && from > span.offset()) {
                span = doc.span(from, span.end() - from);
            }
        }
        return span;
    }

    private static boolean isNullTag(ScalarNode s) {
        return "tag:yaml.org,2002:null".equals(s.getTag().getValue());
    }

    private static Span afterColon(Document doc, Span keySpan) {
        String line = doc.line(keySpan.line());
        int col0 = keySpan.column() - 1 + keySpan.length();
        int colon = line.indexOf(':', Math.min(col0, line.length()));
        int at = colon < 0 ? line.length() : colon + 1;
        return doc.spanInLine(keySpan.line(), at, at);
    }

    private static Span trimTrailingBlank(Document doc, Span span) {
        String text = doc.text();
        int end = span.end();
        while (end > span.offset() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(span.offset(), end - span.offset(), span.line(), span.column());
    }

    /** The YAML tree as maps (insertion order), lists and strings. Aliases are not expanded twice (cycles, bombs). */
    static Object toJava(Node node) {
        return toJava(node, new java.util.IdentityHashMap<>(), new int[]{0});
    }

    private static final int MAX_NODES = 100_000;

    private static Object toJava(Node node, java.util.IdentityHashMap<Node, Boolean> inPath, int[] budget) {
        if (++budget[0] > MAX_NODES || inPath.containsKey(node)) {
            return null;
        }
        if (node instanceof ScalarNode s) {
            return s.getValue();
        }
        inPath.put(node, Boolean.TRUE);
        try {
            if (node instanceof SequenceNode seq) {
                List<Object> list = new ArrayList<>();
                for (Node n : seq.getValue()) {
                    list.add(toJava(n, inPath, budget));
                }
                return list;
            }
            if (node instanceof MappingNode m) {
                Map<String, Object> map = new LinkedHashMap<>();
                for (NodeTuple t : m.getValue()) {
                    Object k = toJava(t.getKeyNode(), inPath, budget);
                    map.putIfAbsent(String.valueOf(k), toJava(t.getValueNode(), inPath, budget));
                }
                return map;
            }
            return null;
        } finally {
            inPath.remove(node);
        }
    }

    /** Converts SnakeYAML marks (code-point index into the YAML text) to spans in the document. */
    private static final class Positions {
        private final Document doc;
        private final int start;
        private final String yaml;

        Positions(Document doc, int start, String yaml) {
            this.doc = doc;
            this.start = start;
            this.yaml = yaml;
        }

        Span span(Mark from, Mark to) {
            int s = offset(from);
            int e = Math.max(s, offset(to));
            return doc.span(s, e - s);
        }

        private int offset(Mark m) {
            int cps = yaml.codePointCount(0, yaml.length());
            int idx = Math.min(Math.max(0, m.getIndex()), cps);
            return start + yaml.offsetByCodePoints(0, idx);
        }
    }
}
