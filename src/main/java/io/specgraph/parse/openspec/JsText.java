package io.specgraph.parse.openspec;

import io.specgraph.model.JsStrings;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text handling exactly as OpenSpec's TypeScript does it, so that what Specgraph parses equals what the
 * {@code openspec} CLI parses: JavaScript's idea of whitespace ({@code \s}, {@code trim()}), of {@code .} (any
 * character but a line terminator) and of a word boundary ({@code \b}, ASCII word characters only), the
 * BOM-stripping and {@code \r\n?} → {@code \n} normalisation of the markdown parsers, and the shared code-fence
 * mask ({@code buildCodeFenceMask}).
 */
public final class JsText {

    /** A character class matching what JavaScript's {@code \s} matches. */
    public static final String WS = JsStrings.WS;
    /** A character class matching what JavaScript's {@code .} matches (no line terminators). */
    public static final String DOT = "[^\\n\\r\\u2028\\u2029]";
    /** A character class matching what JavaScript's {@code \S} matches. */
    public static final String NON_WS =
            "[^\\t\\n\\x0B\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]";

    private static final Pattern FENCE_OPEN = js("^\\s*(`{3,}|~{3,})");
    private static final Pattern FENCE_CLOSE = js("^\\s*(`{3,}|~{3,})\\s*$");

    private JsText() {
    }

    /**
     * Compiles a regex written in JavaScript syntax: {@code \s}, {@code \S} and {@code .} get their JavaScript
     * meaning, and {@code $} matches only at the very end (JavaScript without the {@code m} flag).
     */
    public static Pattern js(String regex) {
        return js(regex, 0);
    }

    /** As {@link #js(String)} with Java pattern flags ({@link Pattern#CASE_INSENSITIVE} for JavaScript's {@code i}). */
    public static Pattern js(String regex, int flags) {
        StringBuilder sb = new StringBuilder(regex.length() + 32);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                char n = regex.charAt(i + 1);
                if (n == 's') {
                    sb.append(inClass ? WS.substring(1, WS.length() - 1) : WS);
                } else if (n == 'S' && !inClass) {
                    sb.append(NON_WS);
                } else {
                    sb.append(c).append(n);
                }
                i++;
            } else if (c == '[' && !inClass) {
                inClass = true;
                sb.append(c);
            } else if (c == ']' && inClass) {
                inClass = false;
                sb.append(c);
            } else if (c == '.' && !inClass) {
                sb.append(DOT);
            } else if (c == '$' && !inClass) {
                sb.append("\\z");
            } else {
                sb.append(c);
            }
        }
        return Pattern.compile(sb.toString(), flags);
    }

    /** True for the characters JavaScript's {@code \s} and {@code trim()} treat as whitespace. */
    public static boolean isWhitespace(char c) {
        return JsStrings.isWhitespace(c);
    }

    /** JavaScript's {@code String.prototype.trim()}. */
    public static String trim(String s) {
        return JsStrings.trim(s);
    }

    /** JavaScript's {@code trimEnd()}. */
    public static String trimEnd(String s) {
        int end = s.length();
        while (end > 0 && isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    /** The markdown parsers' normalisation: a leading BOM removed, {@code \r\n} and a lone {@code \r} become LF. */
    public static String normalize(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return eolToLf(t);
    }

    /** {@code text.replace(/\r\n?/g, '\n')}: line endings only, a BOM is kept. */
    public static String eolToLf(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** {@code text.split('\n')}: every piece, including a last empty one after a final newline. */
    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                out.add(text.substring(from, i));
                from = i + 1;
            }
        }
        out.add(text.substring(from));
        return out;
    }

    /**
     * OpenSpec's {@code buildCodeFenceMask}: bit {@code i} set when line {@code i} (0-based) is part of a fenced block,
     * fence lines included. A fence opens on {@code ^\s*(```+|~~~+)} (anything may follow) and closes on a line of
     * only the same character, at least as long.
     */
    public static BitSet fenceMask(List<String> lines) {
        BitSet mask = new BitSet(lines.size());
        char marker = 0;
        int length = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (marker == 0) {
                Matcher m = FENCE_OPEN.matcher(line);
                if (m.find()) {
                    marker = m.group(1).charAt(0);
                    length = m.group(1).length();
                    mask.set(i);
                }
                continue;
            }
            mask.set(i);
            Matcher m = FENCE_CLOSE.matcher(line);
            if (m.find() && m.group(1).charAt(0) == marker && m.group(1).length() >= length) {
                marker = 0;
            }
        }
        return mask;
    }

    /** OpenSpec's {@code containsShallOrMust}: {@code /\b(SHALL|MUST)\b/}, case-sensitive, ASCII word boundaries. */
    public static boolean containsShallOrMust(String text) {
        return JsStrings.containsShallOrMust(text);
    }

    /** JavaScript's {@code toLowerCase()} (locale-independent). */
    public static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
