package io.specgraph.engine.view.fix;

import io.specgraph.model.Edge;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Keys;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.Ref;
import io.specgraph.parse.DocumentLoader;
import io.specgraph.template.MetaEditor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Fixes that write the missing side of a link: the spec's component into the consumers of the contract it
 * references (IS2 — this edits the contract's file, usually not the open one), and a component spec that implements
 * a platform spec into that spec's {@code children} (LG2).
 */
final class LinkFix {

    private LinkFix() {
    }

    /** IS2: adds the spec's component to the {@code consumers} of the contract the finding names. */
    static Optional<Fix> consumer(Subject s) {
        Optional<MetaValue> refs = s.value(Keys.CONTRACTS_REFERENCED);
        if (refs.isEmpty()) {
            return Optional.empty();
        }
        String component = s.ws().graph().repo(s.node().repo()).map(RepoInfo::component).orElse(s.node().repo());
        for (int i : Refs.about(s, refs.get())) {
            Ref ref = Refs.at(refs.get(), i);
            List<Node> versions = Versions.of(s.ws().graph().nodes(), NodeKind.CONTRACT, ref.id());
            Node contract = ref.version() == null ? Versions.newest(versions).orElse(null)
                    : versions.stream().filter(n -> ref.version().sameAs(n.parsedVersion())).findFirst().orElse(null);
            if (contract == null || contract.meta().items(Keys.CONSUMERS).stream()
                    .anyMatch(c -> c.strip().equalsIgnoreCase(component))) {
                continue;
            }
            return addConsumer(s, contract, component);
        }
        return Optional.empty();
    }

    private static Optional<Fix> addConsumer(Subject s, Node contract, String component) {
        boolean open = contract.repo().equals(s.node().repo()) && contract.path().equals(s.doc().path());
        byte[] bytes = open ? s.doc().bytes() : Reread.disk(s.ws(), contract.repo(), contract.path()).orElse(null);
        if (bytes == null) {
            return Optional.empty();
        }
        DocumentLoader.Loaded loaded = DocumentLoader.fromBytes(contract.repo(), contract.path(), bytes);
        Node fresh = Reread.node(s.ws(), contract.repo(), contract.path(), bytes).orElse(null);
        if (!loaded.ok() || fresh == null) {
            return Optional.empty();
        }
        MetaValue consumers = fresh.meta().get(Keys.CONSUMERS).orElse(null);
        if (consumers != null && !consumers.path().equals(contract.path())
                && consumers.source() != io.specgraph.model.MetaSource.DERIVED) {
            return Optional.empty();
        }
        var edit = MetaEditor.apply(loaded.document(), contract.repo(), consumers, Keys.CONSUMERS,
                MetaEditor.Op.ADD, component);
        if (!edit.changed()) {
            return Optional.empty();
        }
        return Optional.of(new Fix("Add " + component + " to the consumers of " + contract.id() + " ("
                + contract.repo() + "/" + contract.path() + ")", contract.repo(), contract.path(), bytes,
                edit.after().bytes()));
    }

    /** LG2 (an implements without its children entry): adds the component spec to the platform spec's children. */
    static Optional<Fix> child(Subject s) {
        Node parent = s.node();
        if (parent.kind() != NodeKind.PLATFORM_SPEC || !s.finding().message().contains("does not list it in children")) {
            return Optional.empty();
        }
        String key = s.finding().repo() + "/" + s.finding().node();
        Set<String> listed = s.ws().graph().outgoing(key, EdgeKind.CHILD).stream().map(Edge::to)
                .collect(Collectors.toSet());
        for (Edge e : s.ws().graph().incoming(key, EdgeKind.IMPLEMENTS)) {
            Node child = s.ws().graph().node(e.from()).orElse(null);
            if (child == null || listed.contains(child.key()) || !s.finding().message().startsWith(child.key() + " ")) {
                continue;
            }
            MetaValue children = s.value(Keys.CHILDREN).orElse(null);
            if (children == null && parent.meta().get(Keys.CHILDREN).isPresent()
                    && parent.meta().get(Keys.CHILDREN).get().source() != io.specgraph.model.MetaSource.DERIVED) {
                return Optional.empty();
            }
            String item = child.repo().equals(parent.repo()) ? child.id() : child.repo() + ":" + child.id();
            return s.fix("Add " + item + " to the children of " + parent.id(), MetaEditor.apply(s.doc(), parent.repo(),
                    children, Keys.CHILDREN, MetaEditor.Op.ADD, item));
        }
        return Optional.empty();
    }
}
