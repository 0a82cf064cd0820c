package io.specgraph.engine.view.fix;

import io.specgraph.model.Keys;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Ref;
import io.specgraph.model.Version;
import io.specgraph.parse.Document;
import io.specgraph.template.MetaEditor;

import java.util.List;
import java.util.Optional;

/**
 * Fixes that point a reference at the right version: the context pack at its newest version (CC1 unpinned, CC2 a
 * version that does not exist, LC4 an older version after a pause), a contract reference at the contract's newest
 * version (DV2 unversioned, IS4 stale), and {@code implements} at the platform spec's version when it names none
 * (CC4).
 */
final class PinFix {

    private PinFix() {
    }

    /** CC1, CC2, LC4: {@code context_pack} at the pack's newest version, written in the reference's own style. */
    static Optional<Fix> pack(Subject s) {
        Optional<MetaValue> mv = s.value(Keys.CONTEXT_PACK).filter(v -> v.items().size() == 1);
        if (mv.isEmpty()) {
            return Optional.empty();
        }
        Ref ref = Ref.parse(mv.get().items().get(0), s.doc().path(), mv.get().span());
        Ref split = ref == null ? null : ref.splitVersionSuffix();
        if (split == null || split.id() == null) {
            return Optional.empty();
        }
        List<Node> versions = Versions.of(s.ws().graph().nodes(), NodeKind.CONTEXT_PACK, split.id());
        Node newest = Versions.newest(versions).orElse(null);
        if (newest == null || !stale(split.version(), versions, newest)) {
            return Optional.empty();
        }
        return Versions.rewrite(mv.get().value(), newest.version()).flatMap(value -> s.fix(
                "Pin " + split.id() + " " + newest.version() + " (newest)",
                MetaEditor.apply(s.doc(), s.node().repo(), mv.get(), Keys.CONTEXT_PACK, MetaEditor.Op.SET, value)));
    }

    /** True when {@code pinned} is missing, names no existing version, or is older than the newest. */
    private static boolean stale(Version pinned, List<Node> versions, Node newest) {
        return pinned == null || versions.stream().noneMatch(n -> pinned.sameAs(n.parsedVersion()))
                || pinned.compareTo(newest.parsedVersion()) < 0;
    }

    /** DV2, IS4: the contract reference the finding is about, at the contract's newest version. */
    static Optional<Fix> contract(Subject s) {
        boolean unversioned = s.finding().rule().equals("DV2");
        return item(s, Keys.CONTRACTS_REFERENCED, NodeKind.CONTRACT, (ref, newest) -> unversioned
                ? ref.version() == null : ref.version() != null && ref.version().compareTo(newest.parsedVersion()) < 0);
    }

    /** CC4: an {@code implements} entry without a version, at the platform spec's version. */
    static Optional<Fix> implementz(Subject s) {
        if (!s.finding().message().contains("names no version")) {
            return Optional.empty();
        }
        return item(s, Keys.IMPLEMENTS, NodeKind.PLATFORM_SPEC, (ref, newest) -> ref.version() == null);
    }

    /** Which references a rule objects to, given the target's newest version. */
    private interface Wrong {
        boolean test(Ref ref, Node newest);
    }

    private static Optional<Fix> item(Subject s, String key, NodeKind kind, Wrong wrong) {
        Optional<MetaValue> mv = s.value(key);
        if (mv.isEmpty()) {
            return Optional.empty();
        }
        MetaValue v = mv.get();
        for (int i : Refs.about(s, v)) {
            Ref ref = Refs.at(v, i);
            Node newest = Versions.newest(Versions.of(s.ws().graph().nodes(), kind, ref.id())).orElse(null);
            if (newest == null || !wrong.test(ref, newest)) {
                continue;
            }
            Optional<String> rewritten = Versions.rewrite(v.items().get(i), newest.version());
            if (rewritten.isPresent()) {
                Document after = ListItems.replace(s.doc(), s.node().repo(), v, i, rewritten.get());
                return s.fix("Use " + ref.id() + " " + newest.version() + (kind == NodeKind.CONTRACT ? " (newest)"
                        : ""), after);
            }
        }
        return Optional.empty();
    }
}
