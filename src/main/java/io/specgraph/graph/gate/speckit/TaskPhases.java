package io.specgraph.graph.gate.speckit;

import io.specgraph.model.Content;
import io.specgraph.model.Heading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phases of a spec-kit tasks file (formats.md §1.5): a phase is a heading that starts with "Phase" (also
 * {@code フェーズ}, {@code 阶段}, {@code 階段}) or with a user story ({@code User Story 2}, {@code US2}). A phase is a
 * user-story phase when its heading starts with a story after the phase number ({@code Phase 3: User Story 1 - …};
 * {@code ### Tests for User Story 1} inside it is not a phase of its own), a shared phase when it names Setup,
 * Foundational or Polish (Cross-Cutting), and neutral otherwise (the older template's "Tests First", "Core Implementation", a
 * {@code /speckit.converge} "Convergence" phase). Task lines are the lines inside a phase; a file without any phase
 * heading is all tasks.
 */
final class TaskPhases {

    /** What a phase asks of its tasks' story labels. */
    enum Kind {
        /** {@code [USn]} required, and it names the phase's story. */
        STORY,
        /** {@code [USn]} forbidden: Setup, Foundational, Polish. */
        SHARED,
        /** No rule about story labels. */
        NEUTRAL
    }

    /** A phase: its heading, the lines it covers, what it asks and its story number (0 when none). */
    record Phase(Heading heading, int from, int to, Kind kind, int story) {
    }

    private static final String PHASE_WORD = "(?:phase\\b|stage\\b|フェーズ|阶段|階段)";
    private static final Pattern PHASE = Pattern.compile("(?i)^" + PHASE_WORD);
    /** A story named at the start of the heading, after an optional "Phase 3:" prefix. */
    private static final Pattern STORY = Pattern.compile("(?i)^(?:" + PHASE_WORD + "\\s*[\\w.]*\\s*[:：.\\-–—]?\\s*)?"
            + "(?:user[ -]?story|US|ユーザーストーリー|用户故事|使用者故事)\\s*-?\\s*(\\d+)");
    private static final Pattern SHARED = Pattern.compile(
            "(?i)\\b(?:setup|set-up|foundation|foundational|polish|cross-cutting)\\b|セットアップ|基盤|基礎|仕上げ|"
                    + "设置|搭建|基础|收尾|完善|打磨");

    private final List<Phase> phases;

    private TaskPhases(List<Phase> phases) {
        this.phases = phases;
    }

    static TaskPhases of(Content c) {
        List<Phase> out = new ArrayList<>();
        for (Heading h : c.headings()) {
            String text = Heading.plain(h.text());
            Matcher story = STORY.matcher(text);
            boolean isStory = story.find();
            if (!isStory && !PHASE.matcher(text).find()) {
                continue;
            }
            Kind kind = isStory ? Kind.STORY : SHARED.matcher(text).find() ? Kind.SHARED : Kind.NEUTRAL;
            int number = isStory ? parse(story.group(1)) : 0;
            out.add(new Phase(h, h.line() + 1, c.sectionEnd(h), kind, number));
        }
        return new TaskPhases(out);
    }

    /** True when the file has no phase heading: then every line counts as a task line. */
    boolean none() {
        return phases.isEmpty();
    }

    /** The innermost phase holding line {@code n}, or null (always null when the file has no phases). */
    Phase at(int n) {
        Phase found = null;
        for (Phase p : phases) {
            if (p.from() <= n && n <= p.to()) {
                found = p;
            }
        }
        return found;
    }

    /** True when line {@code n} is a place for task lines. */
    boolean inScope(int n) {
        return none() || at(n) != null;
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
