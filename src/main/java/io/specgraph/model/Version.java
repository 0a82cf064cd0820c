package io.specgraph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version as written ({@code v2}, {@code 1.2.0}, {@code V3}). Versions compare by their numbers, with missing
 * trailing parts read as zero: {@code v2} = {@code 2} = {@code 2.0.0} &lt; {@code v10}.
 */
public record Version(String raw, List<Integer> numbers) implements Comparable<Version> {

    private static final Pattern SHAPE = Pattern.compile("^[vV]?(\\d{1,9}(?:\\.\\d{1,9})*)(?:[-+][0-9A-Za-z.-]*)?$");

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
        Matcher m = SHAPE.matcher(t);
        if (!m.matches()) {
            return null;
        }
        List<Integer> nums = new ArrayList<>();
        for (String part : m.group(1).split("\\.")) {
            nums.add(Integer.parseInt(part));
        }
        return new Version(t, nums);
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

    /** The canonical spelling used in spec-graph.json: {@code v} + the numbers as written. */
    public String canonical() {
        StringBuilder sb = new StringBuilder("v");
        for (int i = 0; i < numbers.size(); i++) {
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
