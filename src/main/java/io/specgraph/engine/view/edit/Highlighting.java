package io.specgraph.engine.view.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown highlighting for the raw editor: front matter (delimiters and keys), headings, metadata keys and the
 * {@code Status:} line, list markers, fenced code, HTML comments, inline code and links. The result covers the
 * whole text as runs of (style, length); an empty style is plain text. Lines are {@code \n}-separated.
 */
public final class Highlighting {

    /** Style classes (the editor's stylesheet names them {@code .md-…}). */
    public static final String HEADING = "md-heading";
    public static final String FRONT_MATTER = "md-front-matter";
    public static final String KEY = "md-key";
    public static final String STATUS = "md-status";
    public static final String LIST = "md-list";
    public static final String CODE = "md-code";
    public static final String COMMENT = "md-comment";
    public static final String LINK = "md-link";

    /** A run of {@code length} characters in {@code style} ("" for none). */
    public record Run(String style, int length) {
    }

    private static final Pattern HEADING_LINE = Pattern.compile("^ {0,3}#{1,6}(\\s.*)?$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
    private static final Pattern STATUS_LINE = Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?(?:\\*\\*|__)?status(?:\\*\\*|__)?\\s*:.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern META_KEY = Pattern.compile(
            "^(\\s*[-*+]\\s+)((?:\\*\\*)?[A-Za-z][A-Za-z _/-]{0,40}(?:\\*\\*)?:)(?:\\s|$)");
    private static final Pattern BOLD_KEY = Pattern.compile("^()(\\*\\*[A-Za-z][A-Za-z _/-]{0,40}:?\\*\\*:?)");
    private static final Pattern FM_KEY = Pattern.compile("^(\\s*(?:-\\s+)?)([A-Za-z_][\\w .-]*:)(?:\\s|$)");
    private static final Pattern LIST_MARKER = Pattern.compile("^(\\s*)([-*+]|\\d{1,9}[.)])(\\s)");
    private static final Pattern INLINE = Pattern.compile(
            "`[^`\\n]+`|!?\\[[^\\]\\n]*]\\([^)\\n]*\\)|<https?://[^>\\s]+>");

    private Highlighting() {
    }

    /** The runs for {@code text}. */
    public static List<Run> of(String text) {
        Builder b = new Builder();
        int pos = 0;
        int n = text.length();
        boolean first = true;
        boolean frontMatter = false;
        String fence = null;
        boolean comment = false;
        while (pos <= n) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? n : nl;
            String line = text.substring(pos, end);
            if (first && line.strip().equals("---")) {
                frontMatter = true;
                b.add(FRONT_MATTER, line.length());
            } else if (frontMatter) {
                if (line.strip().equals("---") || line.strip().equals("...")) {
                    frontMatter = false;
                    b.add(FRONT_MATTER, line.length());
                } else {
                    keyed(b, line, FM_KEY);
                }
            } else if (fence != null) {
                b.add(CODE, line.length());
                if (line.strip().startsWith(fence) && line.strip().replace(fence.substring(0, 1), "").isEmpty()) {
                    fence = null;
                }
            } else if (comment || line.stripLeading().startsWith("<!--")) {
                b.add(COMMENT, line.length());
                int open = line.lastIndexOf("<!--");
                int close = line.lastIndexOf("-->");
                comment = close < 0 ? comment || open >= 0 : open > close;
            } else {
                Matcher f = FENCE.matcher(line);
                if (f.matches()) {
                    fence = f.group(1);
                    b.add(CODE, line.length());
                } else if (HEADING_LINE.matcher(line).matches()) {
                    b.add(HEADING, line.length());
                } else if (STATUS_LINE.matcher(line).matches()) {
                    b.add(STATUS, line.length());
                } else {
                    body(b, line);
                }
            }
            first = false;
            if (nl < 0) {
                break;
            }
            b.add("", 1);
            pos = nl + 1;
        }
        return b.runs();
    }

    private static void keyed(Builder b, String line, Pattern key) {
        Matcher m = key.matcher(line);
        if (m.find()) {
            b.add("", m.group(1).length());
            b.add(KEY, m.group(2).length());
            b.add("", line.length() - m.end(2));
        } else {
            b.add("", line.length());
        }
    }

    private static void body(Builder b, String line) {
        int at = 0;
        Matcher meta = META_KEY.matcher(line);
        Matcher bold = BOLD_KEY.matcher(line);
        Matcher list = LIST_MARKER.matcher(line);
        if (meta.find()) {
            int marker = meta.group(1).stripTrailing().length();
            b.add("", marker - 1);
            b.add(LIST, 1);
            b.add("", meta.start(2) - marker);
            b.add(KEY, meta.group(2).length());
            at = meta.end(2);
        } else if (bold.find()) {
            b.add(KEY, bold.end(2));
            at = bold.end(2);
        } else if (list.find()) {
            b.add("", list.group(1).length());
            b.add(LIST, list.group(2).length());
            at = list.end(2);
        }
        Matcher in = INLINE.matcher(line);
        in.region(at, line.length());
        while (in.find()) {
            b.add("", in.start() - at);
            b.add(line.charAt(in.start()) == '`' ? CODE : LINK, in.end() - in.start());
            at = in.end();
        }
        b.add("", line.length() - at);
    }

    /** Collects runs, merging neighbours of the same style and dropping empty ones. */
    private static final class Builder {
        private final List<Run> runs = new ArrayList<>();
        private String style = "";
        private int length;

        void add(String s, int len) {
            if (len <= 0) {
                return;
            }
            if (s.equals(style)) {
                length += len;
                return;
            }
            flush();
            style = s;
            length = len;
        }

        private void flush() {
            if (length > 0) {
                runs.add(new Run(style, length));
            }
        }

        List<Run> runs() {
            flush();
            style = "";
            length = 0;
            return List.copyOf(runs);
        }
    }
}
