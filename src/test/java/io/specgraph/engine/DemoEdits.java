package io.specgraph.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random edits of a document's text, the kind people make while writing specs: a status, a blocker, a pinned
 * context pack or version, a contract's consumers, an id, an ADR status, a section deleted, a clarification marker
 * added, front matter broken, the file emptied, a keystroke. A value an edit replaced is remembered and often
 * written back later (an id renamed and renamed back, a status restored), so that edits meet. Deterministic for a
 * given {@link Random}.
 */
final class DemoEdits {

    /** One edit: what was done, and the new text. */
    record Edit(String what, String text) {
    }

    private static final List<String> SPEC_STATUS = List.of("Draft", "Approved", "Implementing", "Done", "Blocked",
            "Paused", "Discovery", "Planned", "🚧 somewhere in between");
    private static final List<String> ADR_STATUS = List.of("Accepted", "Proposed", "In Review", "Rejected",
            "Superseded by [100. Payment provider](ADR-100-payment-provider.md)", "Deprecated", "pending.", "Maybe",
            "Superseded", "Superseded by ADR-101",
            "Accepted\n\nSupersedes [98. Order events](0098-order-events-over-webhooks.md)",
            "Accepted\n\nSupersedes [101. Guest token](0101-guest-session-token.md)",
            "Accepted\n\nSupersedes [1. Guest carts](0001-guest-carts-in-redis.md)");
    private static final List<String> BLOCKERS = List.of("[]", "ADR-101", "ADR-100, ADR-102", "cart:ADR-2", "ADR-999",
            "[ADR-103](../adr/0103-address-validation-provider.md)", "ADR 98");
    private static final List<String> PACKS = List.of("cp-checkout v1", "cp-checkout v2", "cp-checkout v3",
            "cp-checkout", "cp-checkout-v1", "cp-unknown v1", "cp-checkout@v2");
    private static final List<String> VERSIONS = List.of("v1", "v2", "v3", "1.0.0", "2.0", "v10");
    private static final List<String> CONSUMERS = List.of("consumers: []", "consumers: [cart]",
            "consumers: [payments, shipping, cart]", "consumers:\n  - shipping", "consumers: nobody");
    private static final List<String> BULLET_CONSUMERS = List.of("cart", "shipping", "cart, payments, shipping",
            "[]", "payments");
    private static final List<String> IMPLEMENTS = List.of("PLAT-124 v1", "PLAT-126 v1", "PLAT-999", "PLAT-124 v2",
            "[]", "platform:PLAT-130", "SPEC-CART-01");
    private static final List<String> DOMAINS = List.of("cart", "checkout", "nowhere", "payments", "shipping, cart");
    private static final List<String> IDS = List.of("SPEC-CART-01", "SPEC-PAY-02", "PLAT-124", "ADR-101",
            "CONTRACT-10", "cp-checkout", "checkout", "SPEC-NEW-1", "ADR-999", "PLAT-999", "cp-unknown", "nowhere");

    private final Random r;
    private final Map<String, List<String>> replaced = new HashMap<>();

    DemoEdits(Random r) {
        this.r = r;
    }

    /** A random edit of {@code text} (the current content of {@code path}); {@code original} is its first content. */
    Edit random(String path, String text, String original) {
        int op = r.nextInt(21);
        Edit e = switch (op) {
            case 0, 1 -> label(text, "status", path.contains("adr") ? ADR_STATUS : SPEC_STATUS);
            case 2, 19 -> adrStatus(text);
            case 3, 4 -> label(text, "blocked[ _]by", BLOCKERS);
            case 5 -> label(text, "context[ _]pack", PACKS);
            case 6 -> label(text, "version", VERSIONS);
            case 7 -> r.nextBoolean() ? consumers(text) : label(text, "consumers", BULLET_CONSUMERS);
            case 8 -> deleteSection(text);
            case 9 -> insertLine(text, "[NEEDS CLARIFICATION: which carrier?]");
            case 10, 11, 12 -> label(text, "id", IDS);
            case 13 -> breakFrontMatter(text);
            case 14 -> new Edit("empty the file", "");
            case 15 -> label(text, "implements", IMPLEMENTS);
            case 16 -> label(text, "domain", DOMAINS);
            case 17, 18 -> new Edit("restore the original", original);
            case 20 -> deleteLine(text);
            default -> null;
        };
        return e != null ? e : keystroke(text);
    }

    /** One character typed or deleted somewhere. */
    Edit keystroke(String text) {
        if (text.isEmpty() || r.nextInt(4) > 0) {
            int at = text.isEmpty() ? 0 : r.nextInt(text.length() + 1);
            char c = "abcxyz :-#[]\n0123".charAt(r.nextInt(17));
            return new Edit("type '" + (c == '\n' ? "\\n" : String.valueOf(c)) + "' at " + at,
                    text.substring(0, at) + c + text.substring(at));
        }
        int at = r.nextInt(text.length());
        return new Edit("delete the character at " + at, text.substring(0, at) + text.substring(at + 1));
    }

    /** Sets a {@code label: value} line (front matter, metadata bullet, bold label) to a value, often one it had. */
    private Edit label(String text, String label, List<String> values) {
        Pattern p = Pattern.compile("(?im)^(\\s*(?:[-*]\\s*)?\\**" + label + "\\**\\s*:\\**\\s*)(.*)$");
        Matcher m = p.matcher(text);
        List<int[]> hits = new ArrayList<>();
        while (m.find()) {
            hits.add(new int[]{m.start(2), m.end(2)});
        }
        if (hits.isEmpty()) {
            return null;
        }
        int[] h = hits.get(r.nextInt(hits.size()));
        List<String> before = replaced.computeIfAbsent(label, k -> new ArrayList<>());
        String value = !before.isEmpty() && r.nextBoolean() ? pick(before) : pick(values);
        before.add(text.substring(h[0], h[1]));
        return new Edit("set " + label + " to " + value, text.substring(0, h[0]) + value + text.substring(h[1]));
    }

    private Edit adrStatus(String text) {
        Matcher m = Pattern.compile("(?m)^## Status\\s*\\n\\s*\\n(.*)$").matcher(text);
        if (!m.find()) {
            return null;
        }
        String value = pick(ADR_STATUS);
        return new Edit("set the ADR status to " + value, text.substring(0, m.start(1)) + value
                + text.substring(m.end(1)));
    }

    private Edit consumers(String text) {
        Matcher m = Pattern.compile("(?m)^consumers:.*(\\n  - .*)*").matcher(text);
        if (!m.find()) {
            return null;
        }
        String value = pick(CONSUMERS);
        return new Edit("set " + value.replace('\n', ' '), text.substring(0, m.start()) + value
                + text.substring(m.end()));
    }

    private Edit deleteSection(String text) {
        Matcher m = Pattern.compile("(?m)^## .*$").matcher(text);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
        }
        if (starts.isEmpty()) {
            return null;
        }
        int i = r.nextInt(starts.size());
        int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
        String heading = text.substring(starts.get(i), text.indexOf('\n', starts.get(i)) < 0 ? text.length()
                : text.indexOf('\n', starts.get(i)));
        return new Edit("delete the section " + heading, text.substring(0, starts.get(i)) + text.substring(end));
    }

    private Edit insertLine(String text, String line) {
        String[] lines = text.split("\n", -1);
        int at = lines.length <= 1 ? lines.length : 1 + r.nextInt(lines.length - 1);
        List<String> out = new ArrayList<>(List.of(lines));
        out.add(at, line);
        return new Edit("insert '" + line + "' at line " + (at + 1), String.join("\n", out));
    }

    private Edit deleteLine(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 2) {
            return null;
        }
        int at = r.nextInt(lines.length);
        List<String> out = new ArrayList<>(List.of(lines));
        out.remove(at);
        return new Edit("delete line " + (at + 1), String.join("\n", out));
    }

    private Edit breakFrontMatter(String text) {
        if (!text.startsWith("---\n")) {
            return insertLine(text, "- Status: [unclosed");
        }
        if (r.nextBoolean()) {
            return new Edit("break the front matter YAML", "---\nbroken: [unclosed\n" + text.substring(4));
        }
        int close = text.indexOf("\n---", 4);
        return close < 0 ? null
                : new Edit("drop the closing ---", text.substring(0, close) + text.substring(close + 4));
    }

    private String pick(List<String> values) {
        return values.get(r.nextInt(values.size()));
    }
}
