package io.specgraph.ui.editor;

import io.specgraph.engine.view.edit.FormText;
import io.specgraph.model.ListValues;
import io.specgraph.model.Version;
import io.specgraph.template.Field;
import io.specgraph.template.FieldType;
import io.specgraph.template.Necessity;
import io.specgraph.template.Section;
import io.specgraph.ui.common.Styles;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The form view of a document: the title and each metadata field with an editor by its type (text; a validated date
 * or version; a choice for enums; the status as the lifecycle's legal next states; references with completion;
 * lists of text one item per line), then each section's text under its heading. Required fields and sections are
 * marked {@code *}; the template's guidance is the prompt text and tooltip. Every edit goes to the {@link FormModel}
 * and is written into the document's text after a pause in typing. Controls are rebuilt only when the document's
 * shape changes (a field or heading added or removed); otherwise their values follow the text.
 */
final class FormView {

    private static final String INVALID = "sg-form-invalid";

    private final FormModel form;
    private final EditorModel editor;
    private final Runnable typing;
    private final Runnable beforeStatus;
    private final VBox box = new VBox(10);
    private final ScrollPane root = new ScrollPane(box);
    private final Map<String, Control> controls = new LinkedHashMap<>();
    private final Map<String, Consumer<String>> setters = new LinkedHashMap<>();
    private final List<TextArea> sections = new ArrayList<>();
    private final Map<String, ReferenceField> references = new LinkedHashMap<>();
    private List<String> shape = List.of();
    private boolean updating;

    /**
     * @param typing       told of every edit (marks the buffer dirty and restarts the pause)
     * @param beforeStatus run before a status change (writes pending edits into the text)
     */
    FormView(FormModel form, EditorModel editor, Runnable typing, Runnable beforeStatus) {
        this.form = form;
        this.editor = editor;
        this.typing = typing;
        this.beforeStatus = beforeStatus;
        box.setPadding(new Insets(10));
        box.getStyleClass().add("sg-form");
        root.setId("editor-form");
        root.setFitToWidth(true);
        form.formProperty().addListener((o, a, f) -> show(f));
        form.unavailableProperty().addListener((o, a, why) -> show(form.formProperty().get()));
        show(form.formProperty().get());
    }

    Parent root() {
        return root;
    }

    /** Shows {@code f}: values only when its shape is the one shown, else new controls. */
    private void show(FormText f) {
        if (f == null) {
            shape = List.of();
            clear();
            Label why = new Label(form.unavailableProperty().get());
            why.setId("form-unavailable");
            why.setWrapText(true);
            why.getStyleClass().add(Styles.MUTED);
            box.getChildren().add(why);
            return;
        }
        if (f.shape().equals(shape)) {
            update(f);
            return;
        }
        shape = f.shape();
        clear();
        build(f);
    }

    private void clear() {
        box.getChildren().clear();
        controls.clear();
        setters.clear();
        sections.clear();
        references.clear();
    }

    private void update(FormText f) {
        updating = true;
        try {
            for (Field fd : f.fields()) {
                Control c = controls.get(fd.key());
                Consumer<String> set = setters.get(fd.key());
                if (c != null && set != null && !c.isFocused()) {
                    set.accept(FormText.display(fd));
                }
            }
            for (int i = 0; i < sections.size(); i++) {
                TextArea ta = sections.get(i);
                String body = f.body(i);
                if (!ta.isFocused() && !ta.getText().equals(body)) {
                    ta.setText(body);
                }
            }
        } finally {
            updating = false;
        }
    }

    private void build(FormText f) {
        updating = true;
        try {
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(6);
            ColumnConstraints grow = new ColumnConstraints();
            grow.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(new ColumnConstraints(), grow);
            int row = 0;
            for (Field fd : f.fields()) {
                Control c = control(fd);
                c.setId("form-field-" + fd.key());
                c.setMaxWidth(Double.MAX_VALUE);
                controls.put(fd.key(), c);
                grid.addRow(row++, label(fd.label(), fd.necessity(), fd.rule(), fd.guidance()), c);
            }
            box.getChildren().add(grid);
            for (int i = 0; i < f.sections().size(); i++) {
                box.getChildren().add(section(f, i));
            }
        } finally {
            updating = false;
        }
    }

    private static Label label(String text, Necessity necessity, String rule, String guidance) {
        boolean required = necessity == Necessity.REQUIRED;
        Label l = new Label(text + (required ? " *" : necessity == Necessity.OPTIONAL ? " (optional)" : ""));
        l.getStyleClass().add(required ? "sg-form-required" : "sg-form-label");
        String tip = (required ? "Required" + (rule.isEmpty() ? "" : " by " + rule) + ". " : "")
                + (necessity == Necessity.CONDITIONAL ? "Required in some cases (" + rule + "). " : "") + guidance;
        if (!tip.isBlank()) {
            l.setTooltip(new Tooltip(tip.strip()));
        }
        return l;
    }

    private Control control(Field fd) {
        if (!FormText.writable(fd)) {
            TextField t = new TextField(FormText.display(fd));
            t.setEditable(false);
            t.setTooltip(new Tooltip("Written in another file or derived; edit it where it is written"));
            return t;
        }
        if (FormText.isStatus(fd) && editor.node().isPresent()) {
            MenuButton status = StatusMenu.of(editor, beforeStatus, "form-field-status");
            setters.put(fd.key(), v -> { });
            return status;
        }
        return switch (fd.type()) {
            case ENUM -> choice(fd);
            case REFERENCE, REFERENCE_LIST -> reference(fd);
            case TEXT_LIST -> lines(fd);
            default -> text(fd);
        };
    }

    private TextField text(Field fd) {
        TextField t = new TextField(FormText.display(fd));
        prompt(t, fd.guidance());
        follow(fd, t, v -> v);
        if (fd.type() == FieldType.DATE || fd.type() == FieldType.VERSION) {
            t.textProperty().addListener((o, a, v) -> validate(t, fd.type(), v));
            validate(t, fd.type(), t.getText());
        }
        return t;
    }

    private static void validate(TextField t, FieldType type, String v) {
        String problem = v.isBlank() ? null : type == FieldType.DATE ? date(v.strip())
                : Version.looksLikeVersion(v.strip()) ? null : "Not a version: write v2 or 1.2.0";
        t.getStyleClass().remove(INVALID);
        if (problem != null) {
            t.getStyleClass().add(INVALID);
        }
        t.setTooltip(problem == null ? null : new Tooltip(problem));
    }

    private static String date(String v) {
        try {
            LocalDate.parse(v);
            return null;
        } catch (DateTimeParseException e) {
            return "Not a date: write it as YYYY-MM-DD (2026-02-06)";
        }
    }

    private ComboBox<String> choice(Field fd) {
        ComboBox<String> c = new ComboBox<>();
        String now = FormText.display(fd);
        c.getItems().setAll(fd.options());
        if (!now.isEmpty() && !fd.options().contains(now)) {
            c.getItems().add(0, now);
        }
        c.setValue(now.isEmpty() ? null : now);
        c.setPromptText(fd.guidance().isEmpty() ? String.join(" / ", fd.options()) : fd.guidance());
        c.valueProperty().addListener((o, a, v) -> {
            if (!updating && v != null) {
                form.set(fd.key(), v);
                typing.run();
            }
        });
        setters.put(fd.key(), v -> {
            if (!v.isEmpty() && !c.getItems().contains(v)) {
                c.getItems().add(0, v);
            }
            c.setValue(v.isEmpty() ? null : v);
        });
        return c;
    }

    private TextField reference(Field fd) {
        ReferenceField r = new ReferenceField(q -> form.candidates(fd, q), fd.type() == FieldType.REFERENCE_LIST);
        references.put(fd.key(), r);
        TextField t = r.field();
        t.setText(FormText.display(fd));
        prompt(t, fd.guidance().isEmpty() ? "Type or press Down for " + String.join(", ", fd.targets())
                : fd.guidance());
        follow(fd, t, v -> v, r::showing);
        r.onClosed(typing);
        return t;
    }

    private TextArea lines(Field fd) {
        TextArea t = new TextArea(String.join("\n", ListValues.split(FormText.display(fd))));
        t.setPrefRowCount(Math.max(2, Math.min(6, fd.items().size() + 1)));
        prompt(t, fd.guidance().isEmpty() ? "One item per line" : fd.guidance());
        follow(fd, t, v -> String.join(", ", v.lines().map(String::strip).filter(s -> !s.isEmpty()).toList()));
        setters.put(fd.key(), v -> t.setText(String.join("\n", ListValues.split(v))));
        return t;
    }

    /** Hands the control's edits to the form (as {@code toValue} of its text) and lets it follow the text. */
    private void follow(Field fd, TextInputControl t, java.util.function.UnaryOperator<String> toValue) {
        follow(fd, t, toValue, () -> false);
    }

    /** As above; while {@code choosing} (a completion list is open) the value waits: it is written when it closes. */
    private void follow(Field fd, TextInputControl t, java.util.function.UnaryOperator<String> toValue,
                        java.util.function.BooleanSupplier choosing) {
        t.textProperty().addListener((o, a, v) -> {
            if (!updating) {
                form.set(fd.key(), toValue.apply(v));
                if (!choosing.getAsBoolean()) {
                    typing.run();
                }
            }
        });
        setters.putIfAbsent(fd.key(), v -> {
            if (!toValue.apply(t.getText()).equals(v)) {
                t.setText(v);
            }
        });
    }

    private static void prompt(TextInputControl t, String guidance) {
        if (!guidance.isBlank()) {
            t.setPromptText(guidance.lines().findFirst().orElse(""));
            t.setTooltip(new Tooltip(guidance));
        }
    }

    private VBox section(FormText f, int i) {
        Section s = f.sections().get(i);
        Label title = label("#".repeat(s.level()) + " " + s.title(), s.necessity(), s.rule(), s.guidance());
        title.getStyleClass().add(Styles.TITLE);
        TextArea body = new TextArea(f.body(i));
        body.setId("form-section-" + i);
        body.setWrapText(true);
        body.setPrefRowCount((int) Math.max(2, Math.min(14, f.body(i).lines().count() + 1)));
        prompt(body, s.guidance());
        body.textProperty().addListener((o, a, v) -> {
            if (!updating) {
                form.setBody(i, v);
                typing.run();
            }
        });
        sections.add(body);
        VBox v = new VBox(4, title, body);
        v.setPadding(new Insets(0, 0, 0, (s.level() - 2) * 16.0));
        return v;
    }

    /** Puts the focus on the field or section of {@code target} and scrolls to it. */
    boolean focus(Optional<FormText.Target> target) {
        if (target.isEmpty()) {
            return false;
        }
        FormText.Target t = target.get();
        Control c = t.field() != null ? controls.get(t.field())
                : t.section() >= 0 && t.section() < sections.size() ? sections.get(t.section()) : null;
        if (c == null) {
            return false;
        }
        c.requestFocus();
        double y = c.localToScene(0, 0).getY() - box.localToScene(0, 0).getY();
        double range = box.getHeight() - root.getViewportBounds().getHeight();
        if (range > 0) {
            root.setVvalue(Math.max(0, Math.min(1, (y - 20) / range)));
        }
        return true;
    }

    /** The control of field {@code key}, for tests. */
    Control control(String key) {
        return controls.get(key);
    }

    /** The reference field of {@code key}, for tests. */
    ReferenceField reference(String key) {
        return references.get(key);
    }

    TextArea section(int i) {
        return sections.get(i);
    }
}
