package io.specgraph.parse.openspec;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The artifact globs of OpenSpec schemas ({@code specs/**}{@code /*.md}, {@code loop/*.md}), matched the way
 * fast-glob matches them: {@code **} spans any number of folders (none included), {@code *} and {@code ?} stay
 * within one name, braces list alternatives, and no wildcard matches a name starting with a dot.
 */
final class Glob {

    private final Pattern pattern;

    private Glob(Pattern pattern) {
        this.pattern = pattern;
    }

    /** True when {@code generates} holds glob syntax (otherwise it names one file). */
    static boolean isGlob(String generates) {
        return generates.contains("*") || generates.contains("?") || generates.contains("[")
                || generates.contains("{");
    }

    static Glob of(String glob) {
        StringBuilder re = new StringBuilder();
        String[] segments = glob.replace('\\', '/').split("/", -1);
        for (int s = 0; s < segments.length; s++) {
            String seg = segments[s];
            boolean last = s == segments.length - 1;
            if (seg.equals("**")) {
                re.append(last ? "(?:[^/.][^/]*)(?:/[^/.][^/]*)*" : "(?:[^/.][^/]*/)*");
                continue;
            }
            re.append(segment(seg));
            if (!last) {
                re.append('/');
            }
        }
        return new Glob(Pattern.compile(re.toString()));
    }

    private static String segment(String seg) {
        StringBuilder re = new StringBuilder();
        if (seg.startsWith("*") || seg.startsWith("?")) {
            re.append("(?!\\.)");
        }
        int depth = 0;
        for (int i = 0; i < seg.length(); i++) {
            char c = seg.charAt(i);
            switch (c) {
                case '*' -> re.append("[^/]*");
                case '?' -> re.append("[^/]");
                case '{' -> {
                    depth++;
                    re.append("(?:");
                }
                case '}' -> {
                    if (depth > 0) {
                        depth--;
                        re.append(')');
                    } else {
                        re.append("\\}");
                    }
                }
                case ',' -> re.append(depth > 0 ? "|" : ",");
                case '[' -> {
                    int close = seg.indexOf(']', i + 1);
                    if (close > i + 1) {
                        String cls = seg.substring(i + 1, close).replace("\\", "\\\\");
                        re.append('[').append(cls.startsWith("!") ? "^" + cls.substring(1) : cls).append(']');
                        i = close;
                    } else {
                        re.append("\\[");
                    }
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return re.toString();
    }

    boolean matches(String relPath) {
        return pattern.matcher(relPath).matches();
    }

    /** The paths (relative to the change folder, sorted as given) the glob matches. */
    List<String> filter(List<String> relPaths) {
        List<String> out = new ArrayList<>();
        for (String p : relPaths) {
            if (matches(p)) {
                out.add(p);
            }
        }
        return out;
    }
}
