package io.specgraph.model;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to another node as written in a document: {@code ID}, {@code ID vN}, {@code ID@vN},
 * {@code ID@1.2.0}, {@code repo:ID}, or a markdown link {@code [ADR-100](../adr/ADR-100-x.md)} (model.md §3).
 *
 * @param raw     the text as written
 * @param repo    the repo named by a {@code repo:} prefix, or null
 * @param id      the target id, or null when only a link names the target
 * @param version the version asked for, or null
 * @param link    the link target of a markdown link, or null
 * @param path    the file the reference is written in (repo-relative)
 * @param span    where it is written
 */
public record Ref(String raw, String repo, String id, Version version, String link, String path, Span span) {

    private static final Pattern LINK = Pattern.compile("^(.*?)\\[([^\\]]*)\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)(.*)$");
    /** Hugo's link shortcodes: {@code ({{< ref "0003-x.md" >}})} → {@code (0003-x.md)}. */
    private static final Pattern HUGO_REF = Pattern.compile("\\{\\{[<%]\\s*(?:rel)?ref\\s+\"([^\"]+)\"\\s*[>%]\\}\\}");
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://\\S+$");
    private static final Pattern REPO_PREFIX = Pattern.compile("^([A-Za-z0-9][A-Za-z0-9._-]*):([^/\\s].*)$");
    private static final Pattern AT_VERSION = Pattern.compile("^(.+?)@([vV]?\\d[\\w.+-]*)$");

    public Ref {
        Objects.requireNonNull(raw, "raw");
        path = path == null ? "" : path;
        span = span == null ? Span.NONE : span;
    }

    /** Parses one list item; returns null when nothing reference-like is written. */
    public static Ref parse(String text, String path, Span span) {
        if (text == null || ListValues.isEmptyMarker(text)) {
            return null;
        }
        String raw = text.trim();
        if (raw.contains("{{")) {
            raw = HUGO_REF.matcher(raw).replaceAll("$1");
        }
        Matcher lm = raw.indexOf('[') >= 0 ? LINK.matcher(raw) : null;
        if (lm != null && lm.matches()) {
            String label = lm.group(2).trim();
            String target = lm.group(3).trim();
            String after = lm.group(4).trim();
            String before = lm.group(1).trim();
            Ref inner = parsePlain(label.isEmpty() ? before : label);
            String id = inner == null || !labelIsId(label.isEmpty() ? before : label) ? null : inner.id;
            Version version = inner == null ? null : inner.version;
            if (version == null) {
                version = firstVersion(after);
            }
            String repo = inner == null ? null : inner.repo;
            return new Ref(raw, repo, id, version, target.isEmpty() ? null : target, path, span);
        }
        if (raw.contains("://") && URL.matcher(raw).matches()) {
            return new Ref(raw, null, null, null, raw, path, span);
        }
        Ref plain = parsePlain(raw);
        if (plain == null) {
            return null;
        }
        return new Ref(raw, plain.repo, plain.id, plain.version, null, path, span);
    }

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern ADR_NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern HAS_LETTER = Pattern.compile("[A-Za-z]");

    private static Ref parsePlain(String text) {
        String t = ListValues.stripQuotes(text.trim());
        if (t.isEmpty()) {
            return null;
        }
        String repo = null;
        Matcher rm = t.indexOf(':') > 0 ? REPO_PREFIX.matcher(t) : null;
        if (rm != null && rm.matches() && !t.startsWith("http") && !t.startsWith("api:") && !t.startsWith("event:")) {
            repo = rm.group(1);
            t = rm.group(2).trim();
        }
        String[] tokens = WHITESPACE.split(t);
        String first = trimPunct(tokens[0]);
        Version version = null;
        if (tokens.length > 1 && first.equalsIgnoreCase("ADR") && ADR_NUMBER.matcher(trimPunct(tokens[1])).matches()) {
            first = "ADR-" + Integer.parseInt(trimPunct(tokens[1]));
            tokens = new String[]{first};
        }
        Matcher am = first.indexOf('@') > 0 ? AT_VERSION.matcher(first) : null;
        if (am != null && am.matches()) {
            first = am.group(1);
            version = Version.parse(am.group(2));
        } else if (tokens.length > 1 && isSpacedVersion(trimPunct(tokens[1]))) {
            version = Version.parse(trimPunct(tokens[1]));
        }
        if (first.isEmpty()) {
            return null;
        }
        return new Ref(text, repo, first, version, null, null, null);
    }

    /** After a space, a version must say so: {@code v2}, {@code V3} or dotted {@code 1.2.0}. */
    private static boolean isSpacedVersion(String token) {
        return (token.startsWith("v") || token.startsWith("V") || token.contains(".")) && Version.parse(token) != null;
    }

    /** A link label names the target only when it is an id, optionally with a version ({@code ADR-100}, {@code PLAT-1 v2}). */
    private static boolean labelIsId(String label) {
        String[] tokens = WHITESPACE.split(ListValues.stripQuotes(label.trim()));
        if (tokens.length > 2 || !looksLikeId(trimPunct(tokens[0])) || !HAS_LETTER.matcher(tokens[0]).find()) {
            return false;
        }
        return tokens.length == 1 || isSpacedVersion(trimPunct(tokens[1]));
    }

    private static Version firstVersion(String text) {
        for (String tok : WHITESPACE.split(text)) {
            Version v = Version.parse(trimPunct(tok));
            if (v != null && (tok.startsWith("v") || tok.startsWith("V") || tok.contains("."))) {
                return v;
            }
        }
        return null;
    }

    private static String trimPunct(String s) {
        int end = s.length();
        while (end > 0 && ",;:()".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        int start = 0;
        while (start < end && "(".indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        return s.substring(start, end);
    }

    private static final Pattern VERSION_SUFFIX = Pattern.compile("^(.+?)-([vV]\\d+(?:\\.\\d+)*)$");

    /**
     * This reference with a version written into its id split off: {@code cp-checkout-v2} → {@code cp-checkout}
     * at {@code v2} (the short form of a context pack reference, model.md §3). Unchanged when a version is given
     * or the id has no such suffix.
     */
    public Ref splitVersionSuffix() {
        if (version != null || id == null) {
            return this;
        }
        Matcher m = VERSION_SUFFIX.matcher(id);
        if (!m.matches()) {
            return this;
        }
        return new Ref(raw, repo, m.group(1), Version.parse(m.group(2)), link, path, span);
    }

    /** An id is one token of letters, digits and {@code - _ . /}, with at least one letter or digit. */
    public static boolean looksLikeId(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        boolean alnum = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                alnum = true;
            } else if ("-_./".indexOf(c) < 0) {
                return false;
            }
        }
        return alnum;
    }

    /** The id with the version the reference asks for: {@code CONTRACT-10@v2}, as written in spec-graph.json. */
    public String canonical() {
        String base = id != null ? id : (link != null ? link : raw);
        return version == null ? base : base + "@" + version.canonical();
    }

    public int line() {
        return span.line();
    }

    public int column() {
        return span.column();
    }
}
