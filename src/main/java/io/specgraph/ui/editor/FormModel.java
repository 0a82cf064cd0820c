package io.specgraph.ui.editor;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.edit.Completions;
import io.specgraph.engine.view.edit.FormKinds;
import io.specgraph.engine.view.edit.FormText;
import io.specgraph.engine.view.templates.TemplateForms;
import io.specgraph.model.Node;
import io.specgraph.template.Field;
import io.specgraph.template.TemplateKind;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The form view's state without a toolkit: the form read from the buffer's text (by the template kind of the node,
 * {@link FormKinds}), the values and section bodies typed since the last write, and writing them into the text as
 * minimal edits. A document no form models has no form and says why ({@link #unavailableProperty}).
 */
final class FormModel {

    private static final Logger LOG = LoggerFactory.getLogger(FormModel.class);

    private final Supplier<Workspace> workspace;
    private final Supplier<Optional<Node>> node;
    private final ReadOnlyObjectWrapper<FormText> form = new ReadOnlyObjectWrapper<>(this, "form");
    private final ReadOnlyStringWrapper unavailable = new ReadOnlyStringWrapper(this, "unavailable", "");
    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<Integer, String> bodies = new LinkedHashMap<>();
    private final Map<String, List<Completions.Candidate>> candidates = new HashMap<>();
    private Workspace candidatesOf;

    FormModel(Supplier<Workspace> workspace, Supplier<Optional<Node>> node) {
        this.workspace = workspace;
        this.node = node;
    }

    /** Reads the form of {@code text} (dropping edits not written yet); no form when no template models the node. */
    void read(String text) {
        values.clear();
        bodies.clear();
        Workspace ws = workspace.get();
        Optional<Node> n = ws == null ? Optional.empty() : node.get();
        if (n.isEmpty()) {
            unavailable("This document holds no node the form knows; edit it in Raw");
            return;
        }
        Optional<TemplateKind> kind = FormKinds.of(n.get(), text);
        if (kind.isEmpty()) {
            unavailable(FormKinds.rawOnly(n.get()));
            return;
        }
        try {
            form.set(FormText.read(n.get().path(), text, kind.get(), n.get().kind(), TemplateForms.context(ws)));
            unavailable.set("");
        } catch (RuntimeException e) {
            LOG.warn("cannot read {} as a form", n.get().key(), e);
            unavailable("The form cannot read " + n.get().id() + " (" + e.getMessage() + "); edit it in Raw");
        }
    }

    /** No form: {@code why} is shown instead. */
    void unavailable(String why) {
        unavailable.set(why);
        form.set(null);
    }

    /** True when the form was read from {@code text}. */
    boolean showing(String text) {
        return form.get() != null && form.get().text().equals(text);
    }

    /** A field's value as typed (written by {@link #write}). */
    void set(String key, String value) {
        values.put(key, value);
    }

    /** Section {@code index}'s text as typed (written by {@link #write}). */
    void setBody(int index, String body) {
        bodies.put(index, body);
    }

    boolean pending() {
        return !values.isEmpty() || !bodies.isEmpty();
    }

    /**
     * Writes the typed values into the text the form was read from and reads the form again; returns the new text,
     * or empty when nothing was typed (or it changed nothing).
     */
    Optional<String> write() {
        FormText f = form.get();
        if (f == null || !pending()) {
            return Optional.empty();
        }
        String text = f.write(values, bodies);
        read(text);
        return text.equals(f.text()) ? Optional.empty() : Optional.of(text);
    }

    /** The candidates of a reference field matching {@code query} (all repos of the newest snapshot). */
    List<Completions.Candidate> candidates(Field field, String query) {
        Workspace ws = workspace.get();
        if (ws == null) {
            return List.of();
        }
        if (ws != candidatesOf) {
            candidates.clear();
            candidatesOf = ws;
        }
        String repo = node.get().map(Node::repo).orElse("");
        List<Completions.Candidate> all = candidates.computeIfAbsent(field.key(), k -> Completions.of(ws, field, repo));
        return Completions.filter(all, query);
    }

    /** Where the form edits {@code line} of the text. */
    Optional<FormText.Target> target(int line) {
        return form.get() == null ? Optional.empty() : form.get().target(line);
    }

    /** The form of the text (null when no form models the document). */
    ReadOnlyObjectProperty<FormText> formProperty() {
        return form.getReadOnlyProperty();
    }

    /** Why there is no form ("" when there is one). */
    ReadOnlyStringProperty unavailableProperty() {
        return unavailable.getReadOnlyProperty();
    }
}
