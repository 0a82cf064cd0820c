package io.specgraph.graph.gate.rules;

import io.specgraph.graph.References;
import io.specgraph.model.Keys;
import io.specgraph.model.Node;
import io.specgraph.model.Ref;
import io.specgraph.model.Version;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The context pack a spec pins: {@code cp-checkout v2}, {@code cp-checkout@v2}, or the short {@code cp-v2}. */
record PackRefs(Ref ref, String id, Version version) {

    private static final Pattern SUFFIX = Pattern.compile("^(.+?)-([vV]\\d+(?:\\.\\d+)*)$");

    static Optional<PackRefs> of(Node node) {
        return References.of(node, Keys.CONTEXT_PACK).stream().findFirst().map(PackRefs::split);
    }

    static PackRefs split(Ref ref) {
        String id = ref.id() == null ? ref.raw() : ref.id();
        Version v = ref.version();
        if (v == null) {
            Matcher m = SUFFIX.matcher(id);
            if (m.matches()) {
                return new PackRefs(ref, m.group(1), Version.parse(m.group(2)));
            }
        }
        return new PackRefs(ref, id, v);
    }
}
