package io.specgraph.engine.view.fix;

import io.specgraph.graph.Resolver;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Version;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The versions of a pack or contract in a workspace, and references rewritten to another version. */
public final class Versions {

    /** {@code cp-checkout v2}, {@code CONTRACT-10@v1}, {@code PLAT-124 1.2}. */
    private static final Pattern SPACE_OR_AT = Pattern.compile("^(.*\\S)(\\s+|@)([vV]?)(\\d+(?:\\.\\d+)*)$");
    /** The short pack form {@code cp-checkout-v2}. */
    private static final Pattern DASH_V = Pattern.compile("^(.*\\S)(-)([vV])(\\d+(?:\\.\\d+)*)$");

    private Versions() {
    }

    /** Every node of {@code kind} whose base id is {@code id} (any case), oldest version first. */
    public static List<Node> of(List<Node> nodes, NodeKind kind, String id) {
        String want = id.toLowerCase(Locale.ROOT);
        return nodes.stream().filter(n -> n.kind() == kind)
                .filter(n -> Resolver.baseId(n).toLowerCase(Locale.ROOT).equals(want))
                .sorted(Comparator.comparing(Node::parsedVersion, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    /** The node with the highest version, if any has one. */
    public static Optional<Node> newest(List<Node> versions) {
        return versions.stream().filter(n -> n.parsedVersion() != null).reduce((a, b) -> b);
    }

    /** The version of a reference as written, or null when it names none. */
    public static Version written(String ref) {
        Matcher m = match(ref.strip());
        return m == null ? null : Version.parse(m.group(3) + m.group(4));
    }

    /**
     * {@code ref} pointing at {@code version} instead, written in its own style ({@code cp-checkout v1} →
     * {@code cp-checkout v2}, {@code CONTRACT-10@v1} → {@code CONTRACT-10@v2}, {@code cp-v1} → {@code cp-v2});
     * a reference without a version gets {@code " " + version}. Empty for a markdown link (left to the user).
     */
    public static Optional<String> rewrite(String ref, String version) {
        Objects.requireNonNull(version, "version");
        String r = ref.strip();
        if (r.isEmpty() || r.contains("[") || r.contains("](")) {
            return Optional.empty();
        }
        String bare = version.strip().replaceFirst("^[vV]", "");
        Matcher m = match(r);
        if (m == null) {
            return Optional.of(r + " " + version.strip());
        }
        return Optional.of(m.group(1) + m.group(2) + m.group(3) + bare);
    }

    private static Matcher match(String r) {
        Matcher m = SPACE_OR_AT.matcher(r);
        if (m.matches()) {
            return m;
        }
        m = DASH_V.matcher(r);
        return m.matches() ? m : null;
    }
}
