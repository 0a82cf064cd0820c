package io.specgraph.template;

import io.specgraph.model.Keys;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.NodeKind;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The type of a metadata field, derived from its canonical key (docs/model.md §3 and §5): which keys are dates,
 * versions, enums, references (to what, with a version or not) and lists; and which keys a gate requires of a kind.
 */
final class FieldTypes {

    /** A field's type and what it points at. */
    record Shape(FieldType type, List<String> targets, boolean versioned, List<String> options) {
    }

    private static final String PLATFORM_SPEC = NodeKind.PLATFORM_SPEC.label();
    private static final String COMPONENT_SPEC = NodeKind.COMPONENT_SPEC.label();
    private static final String ADR = NodeKind.ADR.label();
    private static final String CONTRACT = NodeKind.CONTRACT.label();
    private static final String PACK = NodeKind.CONTEXT_PACK.label();
    private static final String DOMAIN = NodeKind.DOMAIN.label();
    private static final List<String> YES_NO = List.of("yes", "no");

    private static final Set<String> DATES = Set.of(Keys.DATE, "created", "ratified", "last_amended", "built",
            "paused_on", "decided", "updated");
    private static final Set<String> TEXT_LISTS = Set.of(Keys.SOURCES, "deciders", "decision_makers", "consulted",
            "informed", "owners", "authors", "tags");

    private static final Map<String, Shape> REFERENCES = Map.ofEntries(
            Map.entry(Keys.IMPLEMENTS, ref(FieldType.REFERENCE, true, PLATFORM_SPEC)),
            Map.entry(Keys.PLATFORM_SPEC_ID, ref(FieldType.REFERENCE, true, PLATFORM_SPEC)),
            Map.entry(Keys.CONTEXT_PACK, ref(FieldType.REFERENCE, true, PACK)),
            Map.entry(Keys.CONTEXT_PACK_VERSION, ref(FieldType.REFERENCE, true, PACK)),
            Map.entry(Keys.CONTRACTS_REFERENCED, ref(FieldType.REFERENCE_LIST, true, CONTRACT)),
            Map.entry(Keys.CONTRACT_SPECS, ref(FieldType.REFERENCE_LIST, true, CONTRACT)),
            Map.entry(Keys.BLOCKED_BY, ref(FieldType.REFERENCE_LIST, false, ADR)),
            Map.entry(Keys.ADRS, ref(FieldType.REFERENCE_LIST, false, ADR)),
            Map.entry(Keys.SUPERSEDES, ref(FieldType.REFERENCE_LIST, false, ADR)),
            Map.entry(Keys.SUPERSEDED_BY, ref(FieldType.REFERENCE_LIST, false, ADR)),
            Map.entry(Keys.CHILDREN, ref(FieldType.REFERENCE_LIST, false, COMPONENT_SPEC, NodeKind.BUG.label(),
                    NodeKind.HOTFIX.label())),
            Map.entry(Keys.INITIATIVE, ref(FieldType.REFERENCE, false, NodeKind.INITIATIVE.label())),
            Map.entry(Keys.FOLLOW_UP, ref(FieldType.REFERENCE, false, COMPONENT_SPEC, PLATFORM_SPEC,
                    NodeKind.BUG.label())),
            Map.entry(Keys.DOMAIN, ref(FieldType.REFERENCE, false, DOMAIN)),
            Map.entry(Keys.AFFECTS, ref(FieldType.REFERENCE_LIST, false, DOMAIN)),
            Map.entry(Keys.CONSUMERS, ref(FieldType.REFERENCE_LIST, false, "component")),
            Map.entry(Keys.COMPONENT_REPO, ref(FieldType.REFERENCE, false, "repo")));

    private FieldTypes() {
    }

    private static Shape ref(FieldType type, boolean versioned, String... targets) {
        return new Shape(type, List.of(targets), versioned, List.of());
    }

    /** The shape of {@code key} in a document of {@code kind} (null when unknown), with {@code ctx}'s states. */
    static Shape of(String key, NodeKind kind, FormContext ctx) {
        Shape ref = REFERENCES.get(key);
        if (ref != null) {
            return ref;
        }
        if (key.equals(Keys.ID)) {
            return new Shape(FieldType.ID, List.of(), false, List.of());
        }
        if (key.equals(Keys.VERSION)) {
            return new Shape(FieldType.VERSION, List.of(), false, List.of());
        }
        if (key.equals(Keys.STATUS)) {
            List<String> states = kind == null ? List.of()
                    : ctx.states().apply(kind).stream().map(LifecycleState::label).toList();
            return new Shape(states.isEmpty() ? FieldType.TEXT : FieldType.ENUM, List.of(), false, states);
        }
        if (key.equals(Keys.KIND)) {
            return new Shape(FieldType.ENUM, List.of(), false,
                    java.util.Arrays.stream(NodeKind.values()).map(NodeKind::label).toList());
        }
        if (key.equals(Keys.BREAKING) || key.equals(Keys.CONTRACT_CHANGE)) {
            return new Shape(FieldType.ENUM, List.of(), false, YES_NO);
        }
        if (key.equals("route")) {
            return new Shape(FieldType.ENUM, List.of(), false,
                    List.of("component-only", "contract-change", "policy-exception"));
        }
        if (DATES.contains(key)) {
            return new Shape(FieldType.DATE, List.of(), false, List.of());
        }
        if (TEXT_LISTS.contains(key)) {
            return new Shape(FieldType.TEXT_LIST, List.of(), false, List.of());
        }
        return new Shape(FieldType.TEXT, List.of(), false, List.of());
    }

    /** The rule that requires {@code key} in a document of {@code kind}, or "" (docs/rules.md). */
    static String requiredBy(String key, NodeKind kind) {
        if (kind == null) {
            return "";
        }
        if (kind.isGatedSpec() && key.equals(Keys.CONTEXT_PACK)) {
            return "CC1";
        }
        if (kind == NodeKind.COMPONENT_SPEC && key.equals(Keys.IMPLEMENTS)) {
            return "CC4";
        }
        if (kind == NodeKind.ADR && key.equals(Keys.STATUS)) {
            return "ADR1";
        }
        if (kind == NodeKind.CONTRACT && key.equals(Keys.CONSUMERS)) {
            return "IS2";
        }
        if (kind == NodeKind.CONTEXT_PACK && (key.equals(Keys.ID) || key.equals(Keys.VERSION))) {
            return "CTX1";
        }
        return "";
    }
}
