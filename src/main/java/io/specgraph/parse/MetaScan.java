package io.specgraph.parse;

import io.specgraph.model.Content;
import io.specgraph.model.Finding;
import io.specgraph.model.Heading;
import io.specgraph.model.Keys;
import io.specgraph.model.ListValues;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a markdown document's metadata from every in-document source of model.md §3, in read order: YAML front
 * matter, a {@code ## Metadata} section of {@code - Key: value} bullets, then {@code **Key**: value} lines,
 * {@code * Key: value} bullets and {@code Key: value} lines before the first {@code ##} heading. Every value keeps
 * its exact span for minimal-diff edits.
 */
public final class MetaScan {

    private static final Pattern BULLET_KV = Pattern.compile(
            "^(\\s*)[-*+][ \\t]+(?:\\*\\*|__)?([A-Za-z][^:*\\[\\]`|]{0,60}?)(?:\\*\\*|__)?[ \\t]*:(?:\\*\\*|__)?(?=\\s|$)(.*)$");
    private static final Pattern BOLD_LABEL = Pattern.compile(
            "(\\*\\*|__)([A-Za-z][^*:|]{0,60}?)(:?)\\1[ \\t]*(:?)");
    private static final Pattern PLAIN_KV = Pattern.compile("^([A-Za-z][A-Za-z0-9 _-]{0,30}):[ \\t]+(\\S.*)$");
    private static final Pattern SUB_ITEM = Pattern.compile("^(\\s+)[-*+][ \\t]+(.*)$");
    private static final Pattern LOOSE_YAML = Pattern.compile("^([A-Za-z_][\\w -]{0,60}):[ \\t]*(.*)$");
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s*<!--.*?-->\\s*$");

    /** Keys accepted from plain {@code Key: value} lines and bullets before the first {@code ##} heading. */
    private static final Set<String> LOOSE_KEYS = Set.of(Keys.ID, Keys.KIND, Keys.VERSION, Keys.STATUS, Keys.DATE,
            Keys.IMPLEMENTS, Keys.CONTEXT_PACK, Keys.CONTRACTS_REFERENCED, Keys.BLOCKED_BY, Keys.CHILDREN,
            Keys.CONTRACT_SPECS, Keys.ADRS, Keys.AFFECTS, Keys.OUTCOME, Keys.INITIATIVE, Keys.DOMAIN, Keys.CONSUMERS,
            Keys.BREAKING, Keys.SUPERSEDES, Keys.SUPERSEDED_BY, Keys.FOLLOW_UP, "deciders", "decision_makers",
            "technical_story", "created", "author", "authors", "owner", "owners", "consulted", "informed");

    private MetaScan() {
    }

    /**
     * @param values          every value found, in read order (the first per key wins in {@link io.specgraph.model.Metadata})
     * @param findings        problems found (front matter that does not parse)
     * @param frontMatterEnd  the last line of front matter, 0 when none
     * @param metadataHeading the {@code ## Metadata} heading, if any
     * @param preambleEnd     the last line before the first {@code ##}-or-deeper heading
     */
    public record Result(List<MetaValue> values, List<Finding> findings, int frontMatterEnd,
                         Optional<Heading> metadataHeading, int preambleEnd, Object frontMatterTree) {
        public Result {
            values = List.copyOf(values);
            findings = List.copyOf(findings);
        }
    }

    public static Result scan(String repo, Document doc, Content content, int frontMatterEnd) {
        List<MetaValue> values = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Object tree = null;
        if (frontMatterEnd > 0) {
            YamlScan.Result fm = YamlScan.scan(repo, doc, 2, frontMatterEnd - 1, MetaSource.FRONT_MATTER);
            if (fm.problem() != null) {
                findings.add(fm.problem());
                values.addAll(looseYaml(doc, 2, frontMatterEnd - 1));
            } else {
                values.addAll(fm.values());
                tree = fm.tree();
            }
        }
        Optional<Heading> metaHeading = content.heading(h -> h.level() >= 2 && h.is("metadata"));
        metaHeading.ifPresent(h -> values.addAll(bullets(doc, content, h.line() + 1, content.sectionEnd(h))));
        int preambleEnd = content.heading(h -> h.level() >= 2).map(h -> h.line() - 1).orElse(content.lineCount());
        values.addAll(preamble(doc, content, frontMatterEnd + 1, preambleEnd));
        return new Result(values, findings, frontMatterEnd, metaHeading, preambleEnd, tree);
    }

    /** {@code - Key: value} bullets (with indented sub-item lists) in lines {@code from..to}. */
    static List<MetaValue> bullets(Document doc, Content content, int from, int to) {
        List<MetaValue> out = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            if (content.isVerbatim(n)) {
                continue;
            }
            String line = doc.line(n);
            Matcher m = BULLET_KV.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String rawKey = m.group(2).strip();
            int valueStart = m.start(3);
            Span span = valueSpan(doc, n, valueStart, line.length());
            String value = doc.textOf(span);
            if (value.isEmpty()) {
                int indent = m.group(1).length();
                List<String> items = new ArrayList<>();
                List<Span> itemSpans = new ArrayList<>();
                int k = n + 1;
                while (k <= to) {
                    Matcher sm = SUB_ITEM.matcher(doc.line(k));
                    if (!sm.matches() || sm.group(1).length() <= indent) {
                        break;
                    }
                    Span is = valueSpan(doc, k, sm.start(2), doc.line(k).length());
                    String item = doc.textOf(is);
                    if (!ListValues.isEmptyMarker(item)) {
                        items.add(ListValues.stripQuotes(item));
                        itemSpans.add(is);
                    }
                    k++;
                }
                if (!items.isEmpty()) {
                    Span all = doc.span(itemSpans.get(0).offset(),
                            itemSpans.get(itemSpans.size() - 1).end() - itemSpans.get(0).offset());
                    out.add(new MetaValue(Keys.canonical(rawKey), rawKey, String.join(", ", items), items,
                            MetaSource.METADATA_SECTION, doc.path(), all, itemSpans));
                    n = k - 1;
                    continue;
                }
            }
            out.add(inline(doc, Keys.canonical(rawKey), rawKey, span, MetaSource.METADATA_SECTION));
        }
        return out;
    }

    /** Bold labels, MADR 2 bullets and plain {@code Key: value} lines in the preamble. */
    static List<MetaValue> preamble(Document doc, Content content, int from, int to) {
        List<MetaValue> out = new ArrayList<>();
        for (int n = Math.max(1, from); n <= to; n++) {
            if (content.isVerbatim(n)) {
                continue;
            }
            String line = doc.line(n);
            String t = line.stripLeading();
            if (t.startsWith("**") || t.startsWith("__")) {
                out.addAll(labels(doc, n, MetaSource.BOLD_LABEL));
                continue;
            }
            Matcher bm = BULLET_KV.matcher(line);
            if (bm.matches() && LOOSE_KEYS.contains(Keys.canonical(bm.group(2)))) {
                Span span = valueSpan(doc, n, bm.start(3), line.length());
                out.add(inline(doc, Keys.canonical(bm.group(2)), bm.group(2).strip(), span, MetaSource.BULLET));
                continue;
            }
            Matcher pm = PLAIN_KV.matcher(line);
            if (pm.matches() && LOOSE_KEYS.contains(Keys.canonical(pm.group(1)))) {
                Span span = valueSpan(doc, n, pm.start(2), line.length());
                out.add(inline(doc, Keys.canonical(pm.group(1)), pm.group(1).strip(), span, MetaSource.PLAIN_LINE));
            }
        }
        return out;
    }

    /** Every {@code **Label**: value} pair on line {@code n} (several may share a line, separated by {@code |}). */
    public static List<MetaValue> labels(Document doc, int n, MetaSource source) {
        List<MetaValue> out = new ArrayList<>();
        String line = doc.line(n);
        Matcher m = BOLD_LABEL.matcher(line);
        List<int[]> found = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        while (m.find()) {
            boolean colon = !m.group(3).isEmpty() || !m.group(4).isEmpty();
            boolean atStart = line.substring(0, m.start()).replace("|", "").isBlank()
                    || line.substring(0, m.start()).stripTrailing().endsWith("|");
            if (colon && atStart) {
                found.add(new int[]{m.start(), m.end()});
                keys.add(m.group(2).strip());
            }
        }
        for (int i = 0; i < found.size(); i++) {
            int vStart = found.get(i)[1];
            int vEnd = i + 1 < found.size() ? found.get(i + 1)[0] : line.length();
            String between = line.substring(vStart, vEnd);
            int cut = between.lastIndexOf('|');
            if (i + 1 < found.size() && cut >= 0) {
                vEnd = vStart + cut;
            }
            Span span = valueSpan(doc, n, vStart, vEnd);
            out.add(inline(doc, Keys.canonical(keys.get(i)), keys.get(i), span, source));
        }
        return out;
    }

    /** A value written on one line, each comma-separated item with its own span. */
    public static MetaValue inline(Document doc, String key, String rawKey, Span span, MetaSource source) {
        String value = plain(doc.textOf(span));
        List<String> items = ListValues.split(value);
        return new MetaValue(key, rawKey, value, items, source, doc.path(), span, itemSpans(doc, span, items));
    }

    /** Spans of {@code items} found in order inside {@code span}; empty when one cannot be found. */
    public static List<Span> itemSpans(Document doc, Span span, List<String> items) {
        List<Span> out = new ArrayList<>();
        String text = doc.textOf(span);
        int from = 0;
        for (String item : items) {
            int at = text.indexOf(item, from);
            if (at < 0) {
                return List.of();
            }
            out.add(doc.span(span.offset() + at, item.length()));
            from = at + item.length();
        }
        return out;
    }

    /** Top-level {@code key: value} lines, used when front matter does not parse as YAML. */
    private static List<MetaValue> looseYaml(Document doc, int from, int to) {
        List<MetaValue> out = new ArrayList<>();
        Pattern kv = LOOSE_YAML;
        for (int n = from; n <= to; n++) {
            Matcher m = kv.matcher(doc.line(n));
            if (m.matches()) {
                Span span = valueSpan(doc, n, m.start(2), doc.line(n).length());
                String value = ListValues.stripQuotes(doc.textOf(span));
                out.add(new MetaValue(Keys.canonical(m.group(1)), m.group(1), value, ListValues.split(value),
                        MetaSource.FRONT_MATTER, doc.path(), span, List.of()));
            }
        }
        return out;
    }

    /** The span of the value text in line {@code n} between columns (0-based), trimmed, without a trailing comment. */
    static Span valueSpan(Document doc, int n, int from, int to) {
        String line = doc.line(n);
        String v = line.substring(from, to);
        if (v.contains("<!--")) {
            Matcher cm = TRAILING_COMMENT.matcher(v);
            if (cm.find()) {
                v = v.substring(0, cm.start());
            }
        }
        int lead = v.length() - v.stripLeading().length();
        String s = v.strip();
        return doc.spanInLine(n, from + lead, from + lead + s.length());
    }

    /** A value without surrounding quotes, back-quotes or bold markers. */
    public static String plain(String value) {
        String v = value.strip();
        if (v.length() >= 4 && v.startsWith("**") && v.endsWith("**")) {
            v = v.substring(2, v.length() - 2).strip();
        }
        return ListValues.stripQuotes(v);
    }
}
