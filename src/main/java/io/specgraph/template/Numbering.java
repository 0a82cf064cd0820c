package io.specgraph.template;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbering conventions for new documents: the next free number after a prefix ({@code PLAT-124} →
 * {@code PLAT-125}, {@code SPEC-CART-06} → {@code SPEC-CART-07}, zero padding kept), the prefix most ids of a
 * kind share, and file-name slugs (adr-tools and spec-kit rules).
 */
public final class Numbering {

    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d+)$");
    private static final Set<String> STOP_WORDS = Set.of("i", "a", "an", "the", "to", "for", "of", "in", "on", "at",
            "by", "with", "from", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "do",
            "does", "did", "will", "would", "should", "could", "can", "may", "might", "must", "shall", "this", "that",
            "these", "those", "my", "your", "our", "their", "want", "need", "add", "get", "set");

    private Numbering() {
    }

    /** The id without a version suffix ({@code CONTRACT-10@v2} → {@code CONTRACT-10}) or clash suffix. */
    public static String baseId(String id) {
        String s = id;
        int at = s.indexOf('@');
        if (at > 0) {
            s = s.substring(0, at);
        }
        int tilde = s.indexOf('~');
        return tilde > 0 ? s.substring(0, tilde) : s;
    }

    /** The prefix most of {@code ids} share before their trailing number ({@code SPEC-CART-}), or null. */
    public static String commonPrefix(Collection<String> ids) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (String id : ids) {
            Matcher m = TRAILING_NUMBER.matcher(baseId(id));
            if (m.matches() && !m.group(1).isEmpty()) {
                int c = counts.merge(m.group(1), 1, Integer::sum);
                if (best == null || c > counts.get(best) || c == counts.get(best) && m.group(1).compareTo(best) < 0) {
                    best = m.group(1);
                }
            }
        }
        return best;
    }

    /** The highest number after {@code prefix} among {@code ids} (ignoring case), 0 when none. */
    public static int highest(Collection<String> ids, String prefix) {
        int max = 0;
        String p = prefix.toLowerCase(Locale.ROOT);
        for (String id : ids) {
            String b = baseId(id).toLowerCase(Locale.ROOT);
            if (b.startsWith(p) && b.length() > p.length()) {
                String digits = b.substring(p.length());
                if (digits.chars().allMatch(Character::isDigit) && digits.length() < 10) {
                    max = Math.max(max, Integer.parseInt(digits));
                }
            }
        }
        return max;
    }

    /** The widest number written after {@code prefix} among {@code ids}, at least {@code minWidth}. */
    public static int width(Collection<String> ids, String prefix, int minWidth) {
        int w = minWidth;
        String p = prefix.toLowerCase(Locale.ROOT);
        for (String id : ids) {
            String b = baseId(id).toLowerCase(Locale.ROOT);
            if (b.startsWith(p) && b.substring(p.length()).matches("\\d+")) {
                w = Math.max(w, b.length() - p.length());
            }
        }
        return w;
    }

    /** The next id after {@code prefix}: highest + 1, zero-padded to the width in use (at least {@code minWidth}). */
    public static String next(Collection<String> ids, String prefix, int minWidth) {
        return prefix + pad(highest(ids, prefix) + 1, width(ids, prefix, minWidth));
    }

    public static String pad(int n, int width) {
        return String.format(Locale.ROOT, "%0" + Math.max(1, width) + "d", n);
    }

    /** adr-tools' slug: lower case, every run of other characters than letters and digits one {@code -}. */
    public static String slug(String title) {
        String s = title == null ? "" : title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        if (s.length() > 60) {
            s = s.substring(0, 60);
            int cut = s.lastIndexOf('-');
            s = cut > 20 ? s.substring(0, cut) : s;
        }
        return s;
    }

    /**
     * spec-kit's short name for a feature folder: stop words dropped, words shorter than three letters dropped unless
     * an upper-case acronym, the first three words (four when there are exactly four), lower case, joined by dashes.
     */
    public static String specKitShortName(String description) {
        String[] words = (description == null ? "" : description).split("[^\\p{L}\\p{N}]+");
        List<String> kept = new java.util.ArrayList<>();
        for (String w : words) {
            if (w.isEmpty() || STOP_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (w.length() >= 3 || w.equals(w.toUpperCase(Locale.ROOT)) && w.chars().anyMatch(Character::isLetter)) {
                kept.add(w.toLowerCase(Locale.ROOT));
            }
        }
        int n = kept.size() == 4 ? 4 : Math.min(3, kept.size());
        String s = String.join("-", kept.subList(0, n));
        return s.isEmpty() ? slug(description) : s;
    }
}
