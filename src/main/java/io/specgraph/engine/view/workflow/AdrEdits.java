package io.specgraph.engine.view.workflow;

import io.specgraph.model.AdrInfo;
import io.specgraph.model.AdrLink;
import io.specgraph.model.AdrRelation;
import io.specgraph.model.AdrStyle;
import io.specgraph.model.Keys;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.parse.Document;
import io.specgraph.parse.DocumentLoader;
import io.specgraph.template.Edit;
import io.specgraph.template.MetaEditor;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The text edits of the ADR workflow, one file at a time, each the smallest change (model.md §7): a status is
 * replaced where it is written, spelled the way the ADR writes statuses (MADR's lower-case front-matter values,
 * Nygard's capitalised {@code ## Status} line); a supersede link is written where the ADR's style keeps it.
 */
final class AdrEdits {

    /** Thrown when a file cannot be edited safely; nothing has been written. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private AdrEdits() {
    }

    /** Reads {@code node}'s file holding {@code key} (or its main file) from disk. */
    static Document load(Node node, Path root, String key) throws Refused {
        String path = node.meta().get(key).filter(v -> v.source() != MetaSource.DERIVED).map(MetaValue::path)
                .orElse(node.path());
        if (path.endsWith(".json")) {
            throw new Refused(node.id() + " keeps its " + key + " in " + node.repo() + "/" + path
                    + ": Specgraph edits markdown and YAML; change the JSON by hand");
        }
        DocumentLoader.Loaded loaded = DocumentLoader.load(node.repo(), root, path);
        if (!loaded.ok()) {
            throw new Refused("cannot read " + node.repo() + "/" + path + ": " + loaded.problem().message());
        }
        return loaded.document();
    }

    /** Sets {@code node}'s status to {@code value} in {@code doc}. */
    static AdrFileEdit status(Node node, Document doc, String value) throws Refused {
        MetaValue existing = node.meta().get(Keys.STATUS).filter(v -> v.source() != MetaSource.DERIVED).orElse(null);
        Edit e = edit(node, doc, existing, Keys.STATUS, MetaEditor.Op.SET, value);
        String from = node.status() == null || node.status().isBlank() ? "(none)" : node.status();
        return new AdrFileEdit(node.repo(), doc.path(), node.id(), "status " + from + " → " + value, doc, e.after());
    }

    /**
     * Makes {@code newer} say it supersedes {@code older}: a {@code Supersedes [..](..)} line under the status line
     * of a {@code ## Status} section (Nygard, adr-tools), else a {@code supersedes:} key where the ADR keeps its
     * metadata (MADR front matter). Empty when it says so already.
     */
    static Optional<AdrFileEdit> supersedes(Node newer, Node older, Document doc) throws Refused {
        boolean already = newer.meta().items(Keys.SUPERSEDES).stream().anyMatch(i -> i.contains(older.id()))
                || newer.parts().get(AdrLink.class).stream()
                .anyMatch(l -> l.relation() == AdrRelation.SUPERSEDES
                        && older.id().equals(l.targetId()));
        if (already) {
            return Optional.empty();
        }
        Optional<MetaValue> status = newer.meta().get(Keys.STATUS);
        String description = "supersedes += " + older.id();
        if (status.isPresent() && status.get().source() == MetaSource.STATUS_SECTION
                && status.get().path().equals(doc.path())) {
            int line = status.get().line();
            String text = doc.eol() + doc.eol() + "Supersedes " + link(older, newer);
            return Optional.of(new AdrFileEdit(newer.repo(), doc.path(), newer.id(), description, doc,
                    doc.replace(doc.lineEnd(line), 0, text)));
        }
        MetaValue existing = newer.meta().get(Keys.SUPERSEDES).filter(v -> v.source() != MetaSource.DERIVED)
                .orElse(null);
        Edit e = edit(newer, doc, existing, Keys.SUPERSEDES, existing == null ? MetaEditor.Op.SET : MetaEditor.Op.ADD,
                older.id());
        return Optional.of(new AdrFileEdit(newer.repo(), doc.path(), newer.id(), description, doc, e.after()));
    }

    /** The status value of an ADR superseded by {@code newer}, as {@code older}'s style writes it. */
    static String supersededBy(Node older, Node newer) {
        String word = spelled(older, "Superseded by");
        Optional<MetaValue> status = older.meta().get(Keys.STATUS);
        if (status.isPresent() && status.get().source() == MetaSource.STATUS_SECTION) {
            return word + " " + link(newer, older);
        }
        return word + " " + newer.id();
    }

    /** A markdown link from {@code from}'s file to {@code to}: {@code [3. Title](0003-x.md)} for adr-tools. */
    static String link(Node to, Node from) {
        Path fromDir = Path.of(from.path()).getParent();
        Path target = Path.of(to.path());
        String rel = (fromDir == null ? target : fromDir.relativize(target)).toString().replace('\\', '/');
        AdrInfo info = to.parts().get(AdrInfo.class).stream().findFirst().orElse(null);
        String label = info != null && info.style() == AdrStyle.ADR_TOOLS && info.value() >= 0
                ? info.value() + ". " + to.title() : to.id();
        return "[" + label + "](" + rel + ")";
    }

    /**
     * {@code word} in the ADR's spelling: lower case when its status is written in lower case, or when it is a
     * MADR record without a status yet; else as given ({@code Accepted}).
     */
    static String spelled(Node node, String word) {
        String old = node.status() == null ? "" : node.status().replaceAll("\\[[^\\]]*]\\([^)]*\\)", "");
        boolean hasLetters = old.chars().anyMatch(Character::isLetter);
        boolean lower = hasLetters ? old.equals(old.toLowerCase(Locale.ROOT)) : style(node) == AdrStyle.MADR;
        return lower ? word.toLowerCase(Locale.ROOT) : word;
    }

    static AdrStyle style(Node node) {
        List<AdrInfo> infos = node.parts().get(AdrInfo.class);
        return infos.isEmpty() ? AdrStyle.OTHER : infos.get(0).style();
    }

    private static Edit edit(Node node, Document doc, MetaValue existing, String key, MetaEditor.Op op, String value)
            throws Refused {
        try {
            Edit e = MetaEditor.apply(doc, node.repo(), existing, key, op, value);
            if (!e.changed()) {
                throw new Refused(node.id() + ": " + e.description());
            }
            return e;
        } catch (IllegalStateException e) {
            throw new Refused(node.repo() + "/" + doc.path() + " changed since the workspace was read ("
                    + e.getMessage() + "); reload and try again");
        }
    }
}
