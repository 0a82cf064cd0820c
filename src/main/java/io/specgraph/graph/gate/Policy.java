package io.specgraph.graph.gate;

import io.specgraph.model.Finding;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Severity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The gates policy of a platform (gates.md §5): rules turned off, severities changed, sections required per kind,
 * extra status words. {@link #DEFAULT} when the platform has no policy file.
 *
 * @param file      where it was read ({@code repo/path}), or "" for the default
 * @param commit    the commit of that file, or "" when unknown or not committed
 * @param off       rule ids turned off
 * @param severities rule id → severity
 * @param requiredSections kind → section headings every node of that kind must have
 * @param specWords extra status words for specs (normalised phrase → state)
 * @param adrWords  extra status words for ADRs
 * @param gates     which specs the five gates judge ({@link GateScope})
 * @param problems  findings about the policy file itself
 */
public record Policy(String file, String commit, Set<String> off, Map<String, Severity> severities,
                     Map<NodeKind, List<String>> requiredSections, Map<String, LifecycleState> specWords,
                     Map<String, LifecycleState> adrWords, GateScope.Mode gates, List<Finding> problems) {

    public static final Policy DEFAULT = new Policy("", "", Set.of(), Map.of(), Map.of(), Map.of(), Map.of(),
            GateScope.Mode.SEED, List.of());

    public Policy {
        gates = gates == null ? GateScope.Mode.SEED : gates;
        file = file == null ? "" : file;
        commit = commit == null ? "" : commit;
        off = Set.copyOf(off);
        severities = Map.copyOf(severities);
        requiredSections = Map.copyOf(requiredSections);
        specWords = Map.copyOf(specWords);
        adrWords = Map.copyOf(adrWords);
        problems = List.copyOf(problems);
    }

    public boolean isDefault() {
        return file.isEmpty();
    }

    /** The finding as the policy wants it: empty when its rule is off, else with the policy's severity. */
    public Optional<Finding> apply(Finding f) {
        if (off.contains(f.rule())) {
            return Optional.empty();
        }
        Severity s = severities.get(f.rule());
        return Optional.of(s == null || s == f.severity() ? f : f.withSeverity(s));
    }
}
