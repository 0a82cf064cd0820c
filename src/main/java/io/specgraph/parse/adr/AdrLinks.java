package io.specgraph.parse.adr;

import io.specgraph.model.AdrLink;
import io.specgraph.model.AdrRelation;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Span;
import io.specgraph.parse.Document;
import io.specgraph.parse.FileIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads pointers to other ADRs from status text, in every spelling seen: {@code Superseded by [ADR-0020](./0020-x.md)},
 * {@code Superceded by [3. T](0003-t.md)} and {@code Supercedes [1. First Record](0001-first-record.md)} (adr-tools),
 * {@code superseded by [MADR-077](./077-x.md)}, {@code ⌛️ Superseded by [036. Title](036-x.md)}, a link whose text
 * is the title, a URL, a stale path, {@code status: "superseded by ADR-0123"} (MADR 4), {@code Amends} /
 * {@code Amended by} and any other {@code adr link} words ({@code Clarifies [2. T](0002-t.md)}). The target is kept as
 * written; what it names is worked out in {@link #link}.
 */
public final class AdrLinks {

    private static final Pattern RELATION = Pattern.compile(
            "(?<![A-Za-z])(super[sc]eded[ \\t]+by|super[sc]edes|amended[ \\t]+by|amends)(?![A-Za-z])[ \\t]*:?[ \\t]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MD_LINK = Pattern.compile(
            "\\[([^\\]]*)\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern OTHER_LINE = Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?([A-Za-z][A-Za-z ]{0,40}?)\\s+(\\[[^\\]]*\\]\\([^)]*\\))\\s*$");
    private static final Pattern PLAIN_SEPARATOR = Pattern.compile("\\s*(?:[,;]|\\band\\b)\\s*");
    private static final Pattern ADR_ID = Pattern.compile("^(?:[A-Za-z]*[-_ ]?)?adr[-_ #]?0*(\\d{1,9})(?![0-9])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_LABEL = Pattern.compile("^0*(\\d{1,9})(?:[.:)]|\\s|$)");
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s*<!--.*?-->\\s*$");

    private AdrLinks() {
    }

    /** A target as written and where. */
    record Item(String text, Span span) {
    }

    /** A relation phrase and the targets after it. */
    record Found(AdrRelation relation, String label, List<Item> items) {
    }

    /**
     * The relation on line {@code n} between columns {@code from} and {@code to} (0-based, exclusive). With
     * {@code anyWords}, an adr-tools link line with other words ({@code Clarifies [2. T](0002-t.md)}) counts too.
     */
    static Optional<Found> find(Document doc, int n, int from, int to, boolean anyWords) {
        String line = doc.line(n);
        int end = Math.min(to, line.length());
        Matcher cm = TRAILING_COMMENT.matcher(line.substring(from, end));
        if (cm.find()) {
            end = from + cm.start();
        }
        String region = line.substring(from, end);
        Matcher rm = RELATION.matcher(region);
        if (rm.find()) {
            String label = rm.group(1).replaceAll("[ \\t]+", " ");
            List<Item> items = items(doc, n, from + rm.end(), end);
            return items.isEmpty() ? Optional.empty()
                    : Optional.of(new Found(AdrRelation.fromLabel(label), label, items));
        }
        Matcher om = anyWords ? OTHER_LINE.matcher(region) : null;
        if (om != null && om.matches()) {
            Span span = doc.spanInLine(n, from + om.start(2), from + om.end(2));
            return Optional.of(new Found(AdrRelation.fromLabel(om.group(1)), om.group(1),
                    List.of(new Item(om.group(2), span))));
        }
        return Optional.empty();
    }

    /** The relation written inside a status value ({@code status: "superseded by ADR-0123"}). */
    static Optional<Found> inValue(Document doc, MetaValue value) {
        Span s = value.span();
        if (!s.isKnown() || !value.path().equals(doc.path())) {
            return Optional.empty();
        }
        int n = s.line();
        int from = s.column() - 1;
        return find(doc, n, from, Math.min(from + s.length(), doc.line(n).length()), false);
    }

    /** Markdown links in the text, else the plain text split at commas, semicolons and "and". */
    private static List<Item> items(Document doc, int n, int from, int to) {
        String text = doc.line(n).substring(from, to);
        List<Item> out = new ArrayList<>();
        Matcher lm = MD_LINK.matcher(text);
        while (lm.find()) {
            out.add(new Item(lm.group(), doc.spanInLine(n, from + lm.start(), from + lm.end())));
        }
        if (!out.isEmpty()) {
            return out;
        }
        Matcher sep = PLAIN_SEPARATOR.matcher(text);
        int start = 0;
        while (true) {
            boolean more = sep.find();
            int stop = more ? sep.start() : text.length();
            addPlain(doc, n, from, text, start, stop, out);
            if (!more) {
                return out;
            }
            start = sep.end();
        }
    }

    private static void addPlain(Document doc, int n, int base, String text, int start, int stop, List<Item> out) {
        int a = start;
        int b = stop;
        while (a < b && "\"'`*([ \t".indexOf(text.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && "\"'`*)]., \t".indexOf(text.charAt(b - 1)) >= 0) {
            b--;
        }
        if (b > a) {
            out.add(new Item(text.substring(a, b), doc.spanInLine(n, base + a, base + b)));
        }
    }

    /** Turns a target as written into a link record, working out the ADR id and file it names. */
    static AdrLink link(AdrRelation relation, String label, Item item, String adrPath) {
        Matcher lm = MD_LINK.matcher(item.text());
        if (!lm.matches()) {
            return new AdrLink(relation, label, item.text(), null, null, idIn(item.text()), null, adrPath,
                    item.span());
        }
        String linkLabel = lm.group(1).strip();
        String target = lm.group(2).strip();
        String targetPath = null;
        String targetId = null;
        if (!URL.matcher(target).matches() && !target.startsWith("#") && !target.isEmpty()) {
            String file = target.replaceAll("[#?].*$", "").replace("%20", " ");
            targetPath = file.isEmpty() ? null : AdrPaths.resolve(FileIndex.parent(adrPath), file);
            if (targetPath != null) {
                AdrFileNames.Name name = AdrFileNames.parse(targetPath);
                targetId = name.hasNumber() ? name.defaultId() : null;
            }
        }
        if (targetId == null && !URL.matcher(target).matches()) {
            targetId = idIn(linkLabel);
        }
        return new AdrLink(relation, label, item.text(), target, linkLabel, targetId, targetPath, adrPath,
                item.span());
    }

    /**
     * The ADR id a label or plain target names: {@code ADR-0020}, {@code ADR 111}, {@code MADR-077} → {@code ADR-20},
     * {@code ADR-111}, {@code ADR-77}; {@code 3. Title}, {@code 019} → {@code ADR-3}, {@code ADR-19}; a title or
     * other words → null.
     */
    static String idIn(String text) {
        String t = text.strip().replace("**", "").replace("`", "");
        Matcher a = ADR_ID.matcher(t);
        if (a.find()) {
            return "ADR-" + a.group(1);
        }
        Matcher m = NUMBER_LABEL.matcher(t);
        if (m.find()) {
            return "ADR-" + m.group(1);
        }
        return null;
    }

    /** The canonical metadata key for a relation, or null for other words. */
    static String key(AdrRelation relation) {
        return switch (relation) {
            case SUPERSEDES -> "supersedes";
            case SUPERSEDED_BY -> "superseded_by";
            case AMENDS -> "amends";
            case AMENDED_BY -> "amended_by";
            case OTHER -> null;
        };
    }

    /** The relation a canonical metadata key names, or null. */
    static AdrRelation relationOfKey(String key) {
        return switch (key.toLowerCase(Locale.ROOT)) {
            case "supersedes" -> AdrRelation.SUPERSEDES;
            case "superseded_by" -> AdrRelation.SUPERSEDED_BY;
            case "amends" -> AdrRelation.AMENDS;
            case "amended_by" -> AdrRelation.AMENDED_BY;
            default -> null;
        };
    }
}
