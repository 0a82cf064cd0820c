package io.specgraph.engine.view.fix;

import io.specgraph.engine.Workspace;
import io.specgraph.model.Finding;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.parse.Document;
import io.specgraph.parse.DocumentLoader;
import io.specgraph.template.Edit;

import java.util.Optional;

/**
 * What a fix works on: the finding, its node read again from the bytes the user sees, and that file as a document.
 *
 * @param ws      the snapshot that reported the finding
 * @param finding the finding
 * @param node    the node, read from {@code doc}
 * @param doc     the node's file with the bytes the fix starts from
 */
record Subject(Workspace ws, Finding finding, Node node, Document doc) {

    /**
     * The subject of {@code finding}: its node's file with {@code current} when that is the finding's file (the open
     * document), else as on disk.
     */
    static Optional<Subject> of(Workspace ws, Finding finding, byte[] current) {
        Node snap = finding.node() == null ? null : ws.graph().node(finding.repo() + "/" + finding.node()).orElse(null);
        if (snap == null) {
            snap = ws.graph().nodes().stream()
                    .filter(n -> n.repo().equals(finding.repo()) && n.path().equals(finding.path()))
                    .findFirst().orElse(null);
        }
        if (snap == null) {
            return Optional.empty();
        }
        String path = snap.path();
        byte[] bytes = current != null && path.equals(finding.path()) ? current
                : Reread.disk(ws, snap.repo(), path).orElse(null);
        if (bytes == null) {
            return Optional.empty();
        }
        DocumentLoader.Loaded loaded = DocumentLoader.fromBytes(snap.repo(), path, bytes);
        if (!loaded.ok()) {
            return Optional.empty();
        }
        return Reread.node(ws, snap.repo(), path, bytes).map(n -> new Subject(ws, finding, n, loaded.document()));
    }

    /** The node's value of {@code key} when it is written in this file (not derived, not in a sidecar). */
    Optional<MetaValue> value(String key) {
        return node.meta().get(key).filter(v -> v.source() != MetaSource.DERIVED && v.path().equals(doc.path()));
    }

    /** A fix of this subject's file from {@code edit}, when it changed anything. */
    Optional<Fix> fix(String label, Edit edit) {
        return fix(label, edit.after());
    }

    /** A fix of this subject's file to {@code after}, when it differs. */
    Optional<Fix> fix(String label, Document after) {
        if (after == doc || java.util.Arrays.equals(after.bytes(), doc.bytes())) {
            return Optional.empty();
        }
        return Optional.of(new Fix(label, node.repo(), doc.path(), doc.bytes(), after.bytes()));
    }
}
