package io.specgraph.parse.adr;

import io.specgraph.model.AdrStyle;
import io.specgraph.model.Content;
import io.specgraph.model.Heading;
import io.specgraph.model.Keys;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.parse.MarkdownDoc;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a markdown document has the sections of an ADR, and which template it follows. ADR sections: Context and
 * Decision (Nygard, adr-tools), Status, or MADR's Context and Problem Statement / Decision Outcome; a status in
 * front matter or before the first section counts as Status.
 */
public final class AdrShape {

    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d+(?:\\.\\d+)*[.)]?|[ivx]+\\.)\\s+");
    private static final Pattern ADR_TOOLS_TITLE = Pattern.compile("^\\d+\\.\\s+\\S.*$");

    private AdrShape() {
    }

    /** A heading's text for matching: lower case, without markup, numbering ({@code 2. Context}) or a colon. */
    static String name(Heading h) {
        String t = h.normalized().replaceAll("<!--.*?-->", "").strip();
        t = NUMBERING.matcher(t).replaceFirst("");
        while (t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.toLowerCase(Locale.ROOT);
    }

    private static Set<String> sectionNames(Content content) {
        Set<String> names = new HashSet<>();
        for (Heading h : content.headings()) {
            if (h.level() >= 2) {
                names.add(name(h));
            }
        }
        return names;
    }

    /** True when {@code md} has ADR sections or a status before its first section. */
    public static boolean looksLikeAdr(MarkdownDoc md) {
        Set<String> names = sectionNames(md.content());
        if (names.contains("status") || names.contains("decision outcome")
                || names.contains("context and problem statement")) {
            return true;
        }
        if (names.contains("context") && (names.contains("decision") || names.contains("decisions"))) {
            return true;
        }
        return preambleStatus(md).isPresent();
    }

    /** The status written in front matter, a {@code * Status:} bullet or a {@code Status:} line, if any. */
    static Optional<MetaValue> preambleStatus(MarkdownDoc md) {
        return md.scan().values().stream().filter(v -> v.key().equals(Keys.STATUS)).findFirst();
    }

    /** The template {@code md} follows (see {@link AdrStyle}). */
    public static AdrStyle style(MarkdownDoc md) {
        Set<String> names = sectionNames(md.content());
        if (names.contains("decision outcome") || names.contains("context and problem statement")
                || names.contains("considered options")) {
            return AdrStyle.MADR;
        }
        boolean statusSection = names.contains("status");
        boolean dateLine = md.scan().values().stream()
                .anyMatch(v -> v.key().equals(Keys.DATE) && v.source() == MetaSource.PLAIN_LINE);
        boolean numberedTitle = md.content().title().map(t -> ADR_TOOLS_TITLE.matcher(t.strip()).matches())
                .orElse(false);
        if (statusSection && dateLine && numberedTitle) {
            return AdrStyle.ADR_TOOLS;
        }
        if (statusSection || (names.contains("context") && names.contains("decision"))) {
            return AdrStyle.NYGARD;
        }
        return AdrStyle.OTHER;
    }
}
