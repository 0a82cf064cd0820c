package io.specgraph.ui.editor;

import io.specgraph.engine.Workspace;
import io.specgraph.model.Node;
import io.specgraph.ui.FxDemo;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The form view's model without a toolkit: read, typed values written as minimal edits, completion, raw-only. */
class FormModelTest {

    private final Workspace ws = FxDemo.workspace();

    private FormModel model(String key) {
        Optional<Node> n = ws.graph().node(key);
        return new FormModel(() -> ws, () -> n);
    }

    private static String text(Node n) throws Exception {
        return Files.readString(FxDemo.dir().resolve(n.repo()).resolve(n.path()));
    }

    @Test
    void typedValuesAreWrittenOnlyWhenTheyChangeSomethingAndTheFormFollows() throws Exception {
        Node n = ws.graph().node("platform/PLAT-124").orElseThrow();
        String text = text(n);
        FormModel m = model(n.key());
        m.read(text);
        assertThat(m.showing(text)).isTrue();
        assertThat(m.write()).isEmpty();
        m.set("blocked_by", "");
        assertThat(m.write()).as("the value the control shows").isEmpty();
        m.set("heading", "Guest checkout, reworked");
        Optional<String> out = m.write();
        assertThat(out).isPresent();
        assertThat(out.get()).isEqualTo(text.replaceFirst("(?m)^# .*$", "# Guest checkout, reworked"));
        assertThat(m.pending()).isFalse();
        assertThat(m.showing(out.get())).isTrue();
        assertThat(m.formProperty().get().form().field("heading").orElseThrow().value())
                .isEqualTo("Guest checkout, reworked");
    }

    @Test
    void completionFiltersTheCandidatesOfTheField() throws Exception {
        Node n = ws.graph().node("cart/SPEC-CART-06").orElseThrow();
        FormModel m = model(n.key());
        m.read(text(n));
        var field = m.formProperty().get().form().field("implements").orElseThrow();
        assertThat(m.candidates(field, "124")).extracting(c -> c.insert()).containsExactly("PLAT-124 v1");
        assertThat(m.candidates(field, "")).hasSize(5);
    }

    @Test
    void aDocumentNoFormModelsHasNoFormAndSaysWhy() throws Exception {
        Node n = ws.graph().node("platform/constitution").orElseThrow();
        FormModel m = model(n.key());
        m.read(text(n));
        assertThat(m.formProperty().get()).isNull();
        assertThat(m.unavailableProperty().get()).contains("No form for constitution");
        m.set("x", "y");
        assertThat(m.write()).isEmpty();
        assertThat(model("cart/NOPE").formProperty().get()).isNull();
    }
}
