package io.specgraph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A version as written ({@code v2}, {@code 1.2.0}, {@code V3}). Versions compare by their numbers, with missing
 * trailing parts read as zero: {@code v2} = {@code 2} = {@code 2.0.0} &lt; {@code v10}.
 */
public record Version(String raw, List<Integer> numbers) implements Comparable<Version> {

    private static final Pattern SUFFIX = Pattern.compile("^[-+][0-9A-Za-z.-]*$");

    public Version {
        Objects.requireNonNull(raw, "raw");
        numbers = List.copyOf(numbers);
        if (numbers.isEmpty()) {
            throw new IllegalArgumentException("a version needs at least one number: " + raw);
        }
    }

    /** Parses {@code v2}, {@code 2}, {@code 1.2.0}, {@code v1.2-rc1}; returns null for anything else. */
    public static Version parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim();
        int i = 0;
        if (i < t.length() && (t.charAt(i) == 'v' || t.charAt(i) == 'V')) {
            i++;
        }
        List<Integer> nums = new ArrayList<>(3);
        while (true) {
            int start = i;
            long n = 0;
            while (i < t.length() && isAsciiDigit(t.charAt(i)) && i - start < 9) {
                n = n * 10 + (t.charAt(i) - '0');
                i++;
            }
            if (i == start || (i < t.length() && isAsciiDigit(t.charAt(i)))) {
                return null;
            }
            nums.add((int) n);
            if (i < t.length() && t.charAt(i) == '.') {
                i++;
                continue;
            }
            break;
        }
        if (i < t.length() && !SUFFIX.matcher(t.substring(i)).matches()) {
            return null;
        }
        return new Version(t, nums);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** True when {@code text} reads as a version. */
    public static boolean looksLikeVersion(String text) {
        return parse(text) != null;
    }

    public int major() {
        return numbers.get(0);
    }

    @Override
    public int compareTo(Version other) {
        int n = Math.max(numbers.size(), other.numbers.size());
        for (int i = 0; i < n; i++) {
            int a = i < numbers.size() ? numbers.get(i) : 0;
            int b = i < other.numbers.size() ? other.numbers.get(i) : 0;
            if (a != b) {
                return Integer.compare(a, b);
            }
        }
        return 0;
    }

    /** Equal by numbers, whatever the spelling. */
    public boolean sameAs(Version other) {
        return other != null && compareTo(other) == 0;
    }

    /**
     * The canonical spelling used in keys and spec-graph.json: {@code v} + the numbers without trailing zero parts,
     * so every spelling of one version reads the same ({@code 2.0.0}, {@code v2} → {@code v2}; {@code 1.2.0} →
     * {@code v1.2}).
     */
    public String canonical() {
        int last = numbers.size();
        while (last > 1 && numbers.get(last - 1) == 0) {
            last--;
        }
        StringBuilder sb = new StringBuilder("v");
        for (int i = 0; i < last; i++) {
            if (i > 0) {
                sb.append('.');
            }
            sb.append(numbers.get(i));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return raw;
    }
}
