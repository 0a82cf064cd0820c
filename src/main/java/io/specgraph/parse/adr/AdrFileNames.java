package io.specgraph.parse.adr;

import io.specgraph.parse.FileIndex;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ADR file names: the number they carry and which files in an ADR folder are not ADRs.
 *
 * <p>Numbered names: {@code 0001-slug.md}, {@code 001-slug.md}, {@code NNN-Title-Case.md}, {@code 0001_slug.md},
 * {@code adr-001-slug.md}, {@code ADR-0001-slug.md}, {@code ADR0001.md}, and {@code YYYY-MM-DD-N-slug.md} (the
 * {@code N} restarts every day, so the number is the whole {@code YYYY-MM-DD-N}). Leading zeros do not count:
 * {@code 0001} and {@code 1} are the same number. The ADR id is {@code ADR-<number>}: {@code ADR-1},
 * {@code ADR-2024-05-01-2}.
 */
public final class AdrFileNames {

    private static final Pattern DATED = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})-(\\d{1,6})(?:[-_. ]+(.*))?$");
    private static final Pattern PREFIXED = Pattern.compile("^adr[-_ ]?(\\d{1,12})(?:[-_. ]+(.*))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,12})(?:[-_. ]+(.*))?$");

    /** Index, table-of-contents and sidebar files that live in ADR folders. */
    private static final Set<String> NOT_ADRS = Set.of("readme", "index", "toc", "summary", "contents",
            "table-of-contents", "adr-log", "decision-log", "sidebar", "overview");

    private AdrFileNames() {
    }

    /**
     * What a file name says.
     *
     * @param number the number as written ({@code 0001}, {@code 2024-05-01-2}), or null
     * @param key    the number without leading zeros ({@code 1}, {@code 2024-05-01-2}), or null
     * @param value  the number's value (for dated names the {@code N}), -1 when none or too large
     * @param date   the date of a dated name, or null
     * @param slug   the rest of the name without extension, or the whole stem when there is no number
     */
    public record Name(String number, String key, int value, String date, String slug) {

        public boolean hasNumber() {
            return key != null;
        }

        /** {@code ADR-<key>}, or the file stem ({@code slug}) for a name without a number. */
        public String defaultId() {
            return key != null ? "ADR-" + key : slug;
        }
    }

    /** Reads the number and slug of {@code path}'s file name. */
    public static Name parse(String path) {
        String stem = FileIndex.stem(path);
        Matcher d = DATED.matcher(stem);
        if (d.matches()) {
            String n = stripZeros(d.group(2));
            return new Name(d.group(1) + "-" + d.group(2), d.group(1) + "-" + n, toInt(n), d.group(1),
                    rest(d.group(3)));
        }
        Matcher p = PREFIXED.matcher(stem);
        Matcher m = p.matches() ? p : NUMBERED.matcher(stem);
        if (m.matches()) {
            String n = stripZeros(m.group(1));
            return new Name(m.group(1), n, toInt(n), null, rest(m.group(2)));
        }
        return new Name(null, null, -1, null, stem);
    }

    /**
     * True for markdown files in an ADR folder that are not ADRs: README, index and table-of-contents files,
     * names starting with {@code _} or {@code .}, templates ({@code template.md}, {@code adr-template*.md},
     * anything in a {@code templates/} or {@code template/} folder below the ADR folder).
     *
     * @param pathInFolder the file's path below its ADR folder
     */
    public static boolean isNotAdr(String pathInFolder) {
        String name = FileIndex.name(pathInFolder).toLowerCase(Locale.ROOT);
        String stem = FileIndex.stem(name);
        if (name.startsWith("_") || name.startsWith(".") || NOT_ADRS.contains(stem) || isTemplate(parse(name).slug())) {
            return true;
        }
        for (String segment : FileIndex.parent(pathInFolder).toLowerCase(Locale.ROOT).split("/")) {
            if (segment.equals("templates") || segment.equals("template") || segment.startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    /** {@code template}, {@code adr-template-minimal}, {@code template-madr}, {@code nygard-template}. */
    private static boolean isTemplate(String slug) {
        String s = slug.toLowerCase(Locale.ROOT);
        return s.equals("template") || s.startsWith("template-") || s.startsWith("template_") || s.endsWith("-template")
                || s.endsWith("_template") || s.contains("adr-template") || s.contains("madr-template");
    }

    private static String stripZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static int toInt(String digits) {
        return digits.length() <= 9 ? Integer.parseInt(digits) : -1;
    }

    private static String rest(String s) {
        return s == null ? "" : s;
    }
}
