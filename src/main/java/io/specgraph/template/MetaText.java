package io.specgraph.template;

/** Keeping a value's wrapping (back-quotes, quotes, bold) when replacing its text. */
final class MetaText {

    private MetaText() {
    }

    /** {@code `old`} with {@code new} → {@code `new`}; {@code **Old**} → {@code **New**}; plain stays plain. */
    static String rewrap(String oldText, String newValue) {
        String t = oldText.strip();
        if (t.length() >= 4 && t.startsWith("**") && t.endsWith("**")) {
            return "**" + newValue + "**";
        }
        if (t.length() >= 2) {
            char a = t.charAt(0);
            if ((a == '`' || a == '"' || a == '\'') && t.charAt(t.length() - 1) == a) {
                return a + newValue + a;
            }
        }
        return newValue;
    }

    /** A value without surrounding quotes or bold markers, for comparison with what was read. */
    static String plain(String value) {
        return io.specgraph.parse.MetaScan.plain(value);
    }
}
