package io.specgraph.graph.gate.rules;

import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Keys;
import io.specgraph.model.Node;
import io.specgraph.model.Ref;
import io.specgraph.model.Version;

import java.util.Optional;

/** The context pack a spec pins: {@code cp-checkout v2}, {@code cp-checkout@v2}, or the short {@code cp-v2}. */
record PackRefs(Ref ref, String id, Version version) {

    static Optional<PackRefs> of(Node node, RuleContext ctx) {
        return ctx.refs(node, Keys.CONTEXT_PACK).stream().findFirst().map(PackRefs::split);
    }

    static PackRefs split(Ref ref) {
        Ref r = ref.splitVersionSuffix();
        return new PackRefs(ref, r.id() == null ? ref.raw() : r.id(), r.version());
    }
}
