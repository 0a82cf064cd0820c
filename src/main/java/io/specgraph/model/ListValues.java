package io.specgraph.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reading list values written as text: comma-separated, optionally in brackets; {@code []}, {@code none} and {@code -} are empty. */
public final class ListValues {

    private ListValues() {
    }

    /** True for the spellings of an empty list: {@code []}, {@code none}, {@code -}, {@code n/a}, nothing. */
    public static boolean isEmptyMarker(String value) {
        if (value == null) {
            return true;
        }
        String v = stripQuotes(value.trim()).toLowerCase(Locale.ROOT);
        return v.isEmpty() || v.equals("[]") || v.equals("none") || v.equals("-") || v.equals("n/a")
                || v.equals("~") || v.equals("null") || v.equals("—") || v.equals("(none)") || v.equals("[none]");
    }

    /**
     * Splits {@code a, b}, {@code [a, b]} or {@code a; b} into items, ignoring commas inside brackets, parentheses
     * and back-quotes (so markdown links stay whole).
     */
    public static List<String> split(String value) {
        List<String> items = new ArrayList<>();
        if (isEmptyMarker(value)) {
            return items;
        }
        String v = value.trim();
        if (v.startsWith("[") && v.endsWith("]") && !v.contains("](")) {
            v = v.substring(1, v.length() - 1);
        }
        int depth = 0;
        boolean tick = false;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '`') {
                tick = !tick;
            } else if (!tick && (c == '[' || c == '(' || c == '{')) {
                depth++;
            } else if (!tick && (c == ']' || c == ')' || c == '}')) {
                depth = Math.max(0, depth - 1);
            }
            if (!tick && depth == 0 && (c == ',' || c == ';')) {
                add(items, cur);
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        add(items, cur);
        return items;
    }

    private static void add(List<String> items, StringBuilder cur) {
        String item = stripQuotes(cur.toString().trim());
        if (!item.isEmpty() && !isEmptyMarker(item)) {
            items.add(item);
        }
    }

    /** Removes one pair of matching surrounding quotes or back-quotes. */
    public static String stripQuotes(String s) {
        if (s.length() >= 2) {
            char a = s.charAt(0);
            char b = s.charAt(s.length() - 1);
            if ((a == '"' || a == '\'' || a == '`') && a == b) {
                return s.substring(1, s.length() - 1).trim();
            }
        }
        return s;
    }
}
