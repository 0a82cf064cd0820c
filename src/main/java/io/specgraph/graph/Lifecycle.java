package io.specgraph.graph;

import io.specgraph.model.LifecycleState;
import io.specgraph.model.NodeKind;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lifecycles (gates.md §3): mapping free-form status text to a canonical state (the raw text is always kept), and
 * the legal transitions of the spec and ADR state machines. Matching is case-insensitive; emoji, markup and
 * trailing punctuation are ignored; the first words decide.
 */
public final class Lifecycle {

    /** Phrases (normalised, matched at the start) → spec states. Longer phrases are tried first. */
    private static final Map<String, LifecycleState> SPEC_WORDS = words(
            "planned", LifecycleState.PLANNED, "backlog", LifecycleState.PLANNED, "todo", LifecycleState.PLANNED,
            "discovery", LifecycleState.DISCOVERY, "exploring", LifecycleState.DISCOVERY,
            "draft", LifecycleState.DRAFT, "drafting", LifecycleState.DRAFT, "specified", LifecycleState.DRAFT,
            "clarified", LifecycleState.DRAFT, "proposed", LifecycleState.DRAFT, "in review", LifecycleState.DRAFT,
            "approved", LifecycleState.APPROVED, "accepted", LifecycleState.APPROVED, "ready", LifecycleState.APPROVED,
            "implementing", LifecycleState.IMPLEMENTING, "in progress", LifecycleState.IMPLEMENTING,
            "in-progress", LifecycleState.IMPLEMENTING, "in development", LifecycleState.IMPLEMENTING,
            "wip", LifecycleState.IMPLEMENTING, "active", LifecycleState.IMPLEMENTING,
            "done", LifecycleState.DONE, "complete", LifecycleState.DONE, "completed", LifecycleState.DONE,
            "shipped", LifecycleState.DONE, "implemented", LifecycleState.DONE, "released", LifecycleState.DONE,
            "delivered", LifecycleState.DONE, "closed", LifecycleState.DONE,
            "paused", LifecycleState.PAUSED, "on hold", LifecycleState.PAUSED, "deferred", LifecycleState.PAUSED,
            "blocked", LifecycleState.BLOCKED,
            "deprecated", LifecycleState.DEPRECATED, "superseded", LifecycleState.SUPERSEDED,
            "rejected", LifecycleState.REJECTED, "cancelled", LifecycleState.REJECTED,
            "canceled", LifecycleState.REJECTED, "withdrawn", LifecycleState.REJECTED,
            "ドラフト", LifecycleState.DRAFT, "下書き", LifecycleState.DRAFT, "草案", LifecycleState.DRAFT,
            "草稿", LifecycleState.DRAFT, "承認済み", LifecycleState.APPROVED, "承認", LifecycleState.APPROVED,
            "已批准", LifecycleState.APPROVED, "批准", LifecycleState.APPROVED, "実装中", LifecycleState.IMPLEMENTING,
            "進行中", LifecycleState.IMPLEMENTING, "进行中", LifecycleState.IMPLEMENTING, "完了", LifecycleState.DONE,
            "完成", LifecycleState.DONE, "已完成", LifecycleState.DONE, "一時停止", LifecycleState.PAUSED,
            "暂停", LifecycleState.PAUSED, "ブロック", LifecycleState.BLOCKED, "阻塞", LifecycleState.BLOCKED);

    private static final Map<String, LifecycleState> ADR_WORDS = words(
            "proposed", LifecycleState.PROPOSED, "pending", LifecycleState.PROPOSED, "draft", LifecycleState.PROPOSED,
            "open", LifecycleState.PROPOSED, "suggested", LifecycleState.PROPOSED,
            "in review", LifecycleState.IN_REVIEW, "under review", LifecycleState.IN_REVIEW,
            "in discussion", LifecycleState.IN_REVIEW, "review", LifecycleState.IN_REVIEW,
            "accepted", LifecycleState.APPROVED, "approved", LifecycleState.APPROVED,
            "implemented", LifecycleState.APPROVED, "decided", LifecycleState.APPROVED,
            "adopted", LifecycleState.APPROVED, "agreed", LifecycleState.APPROVED, "done", LifecycleState.APPROVED,
            "partly superseded", LifecycleState.APPROVED, "partially superseded", LifecycleState.APPROVED,
            "amended", LifecycleState.APPROVED,
            "declined", LifecycleState.REJECTED, "rejected", LifecycleState.REJECTED,
            "superseded", LifecycleState.SUPERSEDED, "superceded", LifecycleState.SUPERSEDED,
            "replaced", LifecycleState.SUPERSEDED,
            "deprecated", LifecycleState.DEPRECATED, "obsolete", LifecycleState.DEPRECATED,
            "retired", LifecycleState.DEPRECATED, "reverted", LifecycleState.DEPRECATED,
            "提案", LifecycleState.PROPOSED, "提议", LifecycleState.PROPOSED, "承認済み", LifecycleState.APPROVED,
            "採用", LifecycleState.APPROVED, "已接受", LifecycleState.APPROVED, "却下", LifecycleState.REJECTED,
            "已拒绝", LifecycleState.REJECTED, "廃止", LifecycleState.DEPRECATED, "已废弃", LifecycleState.DEPRECATED);

    private static final Map<LifecycleState, Set<LifecycleState>> SPEC_NEXT = new EnumMap<>(LifecycleState.class);
    private static final Map<LifecycleState, Set<LifecycleState>> ADR_NEXT = new EnumMap<>(LifecycleState.class);

    static {
        SPEC_NEXT.put(LifecycleState.PLANNED, EnumSet.of(LifecycleState.DISCOVERY, LifecycleState.DRAFT, LifecycleState.PAUSED));
        SPEC_NEXT.put(LifecycleState.DISCOVERY, EnumSet.of(LifecycleState.DRAFT, LifecycleState.PLANNED, LifecycleState.PAUSED));
        SPEC_NEXT.put(LifecycleState.DRAFT, EnumSet.of(LifecycleState.APPROVED, LifecycleState.DISCOVERY, LifecycleState.PAUSED));
        SPEC_NEXT.put(LifecycleState.APPROVED, EnumSet.of(LifecycleState.IMPLEMENTING, LifecycleState.BLOCKED,
                LifecycleState.DRAFT, LifecycleState.PAUSED));
        SPEC_NEXT.put(LifecycleState.BLOCKED, EnumSet.of(LifecycleState.APPROVED, LifecycleState.PAUSED));
        SPEC_NEXT.put(LifecycleState.IMPLEMENTING, EnumSet.of(LifecycleState.DONE, LifecycleState.BLOCKED,
                LifecycleState.PAUSED));
        SPEC_NEXT.put(LifecycleState.DONE, EnumSet.noneOf(LifecycleState.class));
        SPEC_NEXT.put(LifecycleState.PAUSED, EnumSet.of(LifecycleState.APPROVED, LifecycleState.DRAFT,
                LifecycleState.DISCOVERY, LifecycleState.PLANNED));
        ADR_NEXT.put(LifecycleState.PROPOSED, EnumSet.of(LifecycleState.IN_REVIEW));
        ADR_NEXT.put(LifecycleState.IN_REVIEW, EnumSet.of(LifecycleState.APPROVED, LifecycleState.REJECTED,
                LifecycleState.PROPOSED));
        ADR_NEXT.put(LifecycleState.APPROVED, EnumSet.of(LifecycleState.SUPERSEDED, LifecycleState.DEPRECATED));
        ADR_NEXT.put(LifecycleState.REJECTED, EnumSet.noneOf(LifecycleState.class));
        ADR_NEXT.put(LifecycleState.SUPERSEDED, EnumSet.noneOf(LifecycleState.class));
        ADR_NEXT.put(LifecycleState.DEPRECATED, EnumSet.noneOf(LifecycleState.class));
    }

    private final Map<String, LifecycleState> extraSpecWords;
    private final Map<String, LifecycleState> extraAdrWords;

    /** The default lifecycle. */
    public Lifecycle() {
        this(Map.of(), Map.of());
    }

    /** A lifecycle that also knows a policy's extra status words (normalised phrase → state). */
    public Lifecycle(Map<String, LifecycleState> extraSpecWords, Map<String, LifecycleState> extraAdrWords) {
        this.extraSpecWords = normalizedKeys(extraSpecWords);
        this.extraAdrWords = normalizedKeys(extraAdrWords);
    }

    /** True for kinds with a status lifecycle: specs, initiatives, contracts (spec machine) and ADRs. */
    public static boolean hasLifecycle(NodeKind kind) {
        return kind == NodeKind.ADR || kind.hasSpecLifecycle();
    }

    /** The state {@code status} maps to for a node of {@code kind}, if any. */
    public Optional<LifecycleState> map(NodeKind kind, String status) {
        if (status == null || !hasLifecycle(kind)) {
            return Optional.empty();
        }
        String norm = normalize(status);
        if (norm.isEmpty()) {
            return Optional.empty();
        }
        boolean adr = kind == NodeKind.ADR;
        Optional<LifecycleState> extra = match(norm, adr ? extraAdrWords : extraSpecWords);
        return extra.isPresent() ? extra : match(norm, adr ? ADR_WORDS : SPEC_WORDS);
    }

    /**
     * The state of a node whose lifecycle is not written but follows from its content: an OpenSpec change is Done
     * when archived (or every task is checked), Implementing when some tasks are checked, else Draft. Null for
     * other nodes.
     */
    public static LifecycleState derived(io.specgraph.model.Node node) {
        if (node.kind() != NodeKind.CHANGE) {
            return null;
        }
        if ("true".equalsIgnoreCase(node.meta().value("archived"))) {
            return LifecycleState.DONE;
        }
        java.util.List<io.specgraph.model.TaskItem> tasks = node.parts().get(io.specgraph.model.TaskItem.class);
        long done = tasks.stream().filter(io.specgraph.model.TaskItem::done).count();
        if (tasks.isEmpty() || done == 0) {
            return LifecycleState.DRAFT;
        }
        return done == tasks.size() ? LifecycleState.DONE : LifecycleState.IMPLEMENTING;
    }

    /** The states a node of {@code kind} may move to from {@code from} (any state when {@code from} is unknown). */
    public Set<LifecycleState> next(NodeKind kind, LifecycleState from) {
        Map<LifecycleState, Set<LifecycleState>> machine = kind == NodeKind.ADR ? ADR_NEXT : SPEC_NEXT;
        if (from == null || !machine.containsKey(from)) {
            return EnumSet.copyOf(machine.keySet());
        }
        return EnumSet.copyOf(machine.get(from).isEmpty() ? EnumSet.noneOf(LifecycleState.class) : machine.get(from));
    }

    /** Every state of the machine for {@code kind}. */
    public Set<LifecycleState> states(NodeKind kind) {
        return EnumSet.copyOf((kind == NodeKind.ADR ? ADR_NEXT : SPEC_NEXT).keySet());
    }

    /** True when moving from {@code from} to {@code to} is legal (staying put always is). */
    public boolean allows(NodeKind kind, LifecycleState from, LifecycleState to) {
        return from == to || next(kind, from).contains(to);
    }

    /** Lower case, markup, emoji and punctuation replaced by spaces, spaces collapsed, trimmed of spaces and dashes. */
    static String normalize(String status) {
        String s = status.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || cp == '-') {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.appendCodePoint(cp);
            } else {
                space = true;
            }
        }
        int start = 0;
        int end = sb.length();
        while (start < end && (sb.charAt(start) == '-' || sb.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (sb.charAt(end - 1) == '-' || sb.charAt(end - 1) == ' ')) {
            end--;
        }
        return sb.substring(start, end);
    }

    private static Optional<LifecycleState> match(String norm, Map<String, LifecycleState> words) {
        for (Map.Entry<String, LifecycleState> e : words.entrySet()) {
            String w = e.getKey();
            if (norm.equals(w) || norm.startsWith(w + " ") || norm.startsWith(w + "-")) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    private static Map<String, LifecycleState> words(Object... pairs) {
        Map<String, LifecycleState> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (LifecycleState) pairs[i + 1]);
        }
        return longestFirst(map);
    }

    private static Map<String, LifecycleState> normalizedKeys(Map<String, LifecycleState> in) {
        Map<String, LifecycleState> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(normalize(k), v));
        return longestFirst(out);
    }

    private static Map<String, LifecycleState> longestFirst(Map<String, LifecycleState> map) {
        Map<String, LifecycleState> out = new LinkedHashMap<>();
        map.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The state labels in machine order, for messages. */
    public static String labels(Set<LifecycleState> states) {
        return String.join(", ", states.stream().map(LifecycleState::label).toList());
    }

    static List<LifecycleState> ordered(Set<LifecycleState> states) {
        return states.stream().sorted().toList();
    }
}
