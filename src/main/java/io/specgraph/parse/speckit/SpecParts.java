package io.specgraph.parse.speckit;

import io.specgraph.model.Content;
import io.specgraph.model.Heading;
import io.specgraph.model.SpecKitItem;
import io.specgraph.model.SpecKitStory;
import io.specgraph.model.TextMatch;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the pieces of a spec-kit spec that format rules check (formats.md §1.3), outside code blocks and HTML
 * comments, with exact lines and columns: requirement ids ({@code FR-}, {@code SC-}, a fork's {@code NFR-} and
 * {@code C-}) as bullets or table rows, user story headings, acceptance scenarios and clarification markers.
 */
public final class SpecParts {

    private static final String ID = "((?:FR|SC|NFR|C)-\\d{2,}[A-Za-z]?)";
    private static final Pattern BULLET_REQ = Pattern.compile(
            "^\\s*[-*+]\\s+(?:\\*\\*|__)?" + ID + "(?:[:：])?(?:\\*\\*|__)?(?:\\s*[:：])?\\s*(.*)$");
    private static final Pattern TABLE_REQ = Pattern.compile(
            "^\\s*\\|\\s*(?:\\*\\*|__)?" + ID + "(?:\\*\\*|__)?\\s*\\|(.*)$");
    private static final Pattern STORY = Pattern.compile(
            "^(?:User Story|ユーザーストーリー|用户故事|使用者故事)\\s*(\\d+)\\s*(?:[-–—:：]\\s*)?(.*?)\\s*"
                    + "(?:[(（]\\s*(?:Priority|優先度|优先级|優先級)\\s*[:：]\\s*(P\\d+)\\s*[)）])?\\s*(?:🎯.*)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:\\d{1,4}[.)]|[-*+])\\s+(.*)$");
    private static final Pattern SCENARIO_START = Pattern.compile("^(?:given|when)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHECKBOX = Pattern.compile("^\\s*[-*+]\\s*\\[[ xX]\\]");
    /** A marker; an unclosed one runs to the end of the line. */
    static final Pattern MARKER = Pattern.compile("\\[NEEDS CLARIFICATION\\b[^\\]]*\\]?", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_MARKER = Pattern.compile("\\bNEEDS CLARIFICATION\\b");

    private SpecParts() {
    }

    /** Requirement ids defined in the spec (bullets {@code - **FR-001**: …} and table rows {@code | FR-001 | …}). */
    public static List<SpecKitItem> requirements(Content content) {
        List<SpecKitItem> out = new ArrayList<>();
        SpecText.Sections sections = new SpecText.Sections(content);
        for (int n : content.proseLines(1, content.lineCount())) {
            String line = content.line(n);
            Matcher m = BULLET_REQ.matcher(line);
            String text;
            if (m.matches()) {
                text = m.group(2).strip();
            } else {
                m = TABLE_REQ.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                text = tableText(m.group(2));
            }
            out.add(new SpecKitItem(SpecKitItem.Type.REQUIREMENT, content.path(), n, m.start(1) + 1, m.group(1), text,
                    sections.textAt(n)));
        }
        return out;
    }

    private static String tableText(String rest) {
        String t = rest.strip();
        if (t.endsWith("|")) {
            t = t.substring(0, t.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        for (String c : t.split("\\|")) {
            if (!c.isBlank()) {
                cells.add(c.strip());
            }
        }
        return String.join(" | ", cells);
    }

    /** User story headings ({@code ### User Story 1 - Title (Priority: P1)}, also in Japanese and Chinese). */
    public static List<SpecKitStory> stories(Content content) {
        List<SpecKitStory> out = new ArrayList<>();
        for (Heading h : content.headings()) {
            if (h.level() < 2) {
                continue;
            }
            Matcher m = STORY.matcher(Heading.plain(h.text()));
            if (m.matches()) {
                out.add(new SpecKitStory(content.path(), h.line(), parseInt(m.group(1)), m.group(2).strip(),
                        m.group(3) == null ? null : m.group(3).toUpperCase(Locale.ROOT)));
            }
        }
        return out;
    }

    /**
     * Acceptance scenarios: numbered or bulleted items that start with Given or When (bold or not, any case) and
     * say Then. The id is the user story they sit under ({@code US1}), else null.
     */
    public static List<SpecKitItem> acceptance(Content content, List<SpecKitStory> stories) {
        List<SpecKitItem> out = new ArrayList<>();
        SpecText.Sections sections = new SpecText.Sections(content);
        for (int n : content.proseLines(1, content.lineCount())) {
            String line = content.line(n);
            Matcher m = LIST_ITEM.matcher(line);
            if (!m.matches() || CHECKBOX.matcher(line).find()) {
                continue;
            }
            String plain = TextMatch.stripMarkup(m.group(1)).strip();
            if (!SCENARIO_START.matcher(plain).find() || !TextMatch.containsWord(plain, "then")) {
                continue;
            }
            out.add(new SpecKitItem(SpecKitItem.Type.ACCEPTANCE, content.path(), n, m.start(1) + 1,
                    storyAt(content, stories, n), m.group(1).strip(), sections.textAt(n)));
        }
        return out;
    }

    private static String storyAt(Content content, List<SpecKitStory> stories, int n) {
        String id = null;
        for (SpecKitStory s : stories) {
            if (s.line() > n) {
                break;
            }
            int end = content.heading(x -> x.line() == s.line()).map(content::sectionEnd).orElse(s.line());
            id = n <= end ? s.label() : null;
        }
        return id;
    }

    /**
     * Clarification markers outside code blocks, comments and inline code. A bare {@code [NEEDS CLARIFICATION]} on
     * a checkbox line is a checklist item about markers ("No [NEEDS CLARIFICATION] markers remain"), not a marker.
     *
     * @param bare also count the plan template's bare {@code NEEDS CLARIFICATION} (Technical Context values)
     */
    public static List<SpecKitItem> clarifications(Content content, boolean bare) {
        List<SpecKitItem> out = new ArrayList<>();
        SpecText.Sections sections = new SpecText.Sections(content);
        for (int n : content.proseLines(1, content.lineCount())) {
            String line = content.line(n);
            if (!line.toUpperCase(Locale.ROOT).contains("NEEDS CLARIFICATION")) {
                continue;
            }
            BitSet code = SpecText.inlineCode(line);
            boolean checkbox = CHECKBOX.matcher(line).find();
            BitSet taken = new BitSet(line.length());
            Matcher m = MARKER.matcher(line);
            while (m.find()) {
                taken.set(m.start(), m.end());
                boolean checklistMention = checkbox && m.group().equalsIgnoreCase("[NEEDS CLARIFICATION]");
                if (!code.get(m.start()) && !checklistMention) {
                    out.add(new SpecKitItem(SpecKitItem.Type.CLARIFICATION, content.path(), n, m.start() + 1, null,
                            m.group(), sections.textAt(n)));
                }
            }
            if (bare) {
                Matcher b = BARE_MARKER.matcher(line);
                while (b.find()) {
                    if (!taken.get(b.start()) && !code.get(b.start())) {
                        out.add(new SpecKitItem(SpecKitItem.Type.CLARIFICATION, content.path(), n, b.start() + 1,
                                null, b.group(), sections.textAt(n)));
                    }
                }
            }
        }
        out.sort((a, c) -> a.line() != c.line() ? Integer.compare(a.line(), c.line())
                : Integer.compare(a.column(), c.column()));
        return out;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
