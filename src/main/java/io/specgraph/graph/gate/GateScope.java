package io.specgraph.graph.gate;

import io.specgraph.model.Keys;
import io.specgraph.model.Layout;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;

import java.util.List;
import java.util.Locale;

/**
 * Which specs the five gates judge. The gates belong to the seeds' operating model, so by default ({@code seed})
 * they judge platform and component specs of the seed layouts and every other spec that takes part in the model
 * by declaring one of its keys (context_pack, implements, children, contract_specs, contracts_referenced,
 * blocked_by, adrs); a plain spec-kit feature that does none of this is not failed for lacking a context pack. A
 * policy can widen this to every spec ({@code all}) or turn the gates off ({@code off}). Contracts always get
 * integration safety.
 */
public final class GateScope {

    /** The policy values. */
    public enum Mode {
        SEED, ALL, OFF;

        public static Mode parse(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "all", "every", "always" -> ALL;
                case "off", "none", "never", "false" -> OFF;
                case "seed", "auto", "default" -> SEED;
                default -> null;
            };
        }
    }

    private static final List<String> SEED_KEYS = List.of(Keys.CONTEXT_PACK, Keys.IMPLEMENTS, Keys.CHILDREN,
            Keys.CONTRACT_SPECS, Keys.CONTRACTS_REFERENCED, Keys.BLOCKED_BY, Keys.ADRS);

    private GateScope() {
    }

    /** True when the gates judge {@code node} under {@code mode}. */
    public static boolean judges(Node node, Mode mode) {
        if (node.kind() == NodeKind.CONTRACT) {
            return mode != Mode.OFF;
        }
        if (!node.kind().isGatedSpec() || mode == Mode.OFF) {
            return false;
        }
        if (mode == Mode.ALL || node.layout() == Layout.SEED_PLATFORM || node.layout() == Layout.SEED_COMPONENT) {
            return true;
        }
        return SEED_KEYS.stream().anyMatch(k -> node.meta().has(k));
    }
}
