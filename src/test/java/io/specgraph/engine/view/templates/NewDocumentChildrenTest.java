package io.specgraph.engine.view.templates;

import io.specgraph.engine.Demo;
import io.specgraph.engine.Targets;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.WorkspaceException;
import io.specgraph.model.EdgeKind;
import io.specgraph.template.TemplateKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A component spec made by the new-document wizard from a platform spec is added to its children. */
class NewDocumentChildrenTest {

    private static final String SPEC = "platform/platform-specs/PLAT-124-guest-checkout/spec.md";

    @TempDir
    Path tmp;

    private static Workspace load(Path demo) throws WorkspaceException {
        return Workspace.load(Targets.resolve(List.of(demo), null));
    }

    @Test
    void aComponentSpecThatImplementsAPlatformSpecIsAddedToItsChildrenWithOneLine() throws Exception {
        Path demo = Demo.write(tmp.resolve("demo")).dir();
        Workspace ws = load(demo);
        List<String> before = Files.readAllLines(demo.resolve(SPEC));

        NewDocumentFile.Created created = NewDocumentFile.create(ws, new NewDocumentFile.Request(
                TemplateKind.COMPONENT_SPEC, "cart", "Loyalty points in the cart", "platform/PLAT-124"),
                LocalDate.of(2026, 3, 2));

        assertThat(created.linked()).containsExactly(
                "platform/platform-specs/PLAT-124-guest-checkout/spec.md: children: += cart:SPEC-CART-07");
        List<String> expected = new ArrayList<>(before);
        expected.add(expected.indexOf("  - shipping:SPEC-SHIP-08") + 1, "  - cart:SPEC-CART-07");
        assertThat(Files.readAllLines(demo.resolve(SPEC))).isEqualTo(expected);
        assertThat(load(demo).graph().outgoing("platform/PLAT-124", EdgeKind.CHILD)).extracting(e -> e.to())
                .contains("cart/SPEC-CART-07");

        assertThat(NewDocumentFile.linkChild(ws, "platform/PLAT-124", "cart", "SPEC-CART-07").changed())
                .as("listed once").isFalse();
        assertThat(NewDocumentFile.linkChildQuietly(ws, "platform/PLAT-999", "cart", "SPEC-CART-07"))
                .isEqualTo("not added to the children of platform/PLAT-999: no platform spec platform/PLAT-999 in "
                        + "the workspace");
        assertThatThrownBy(() -> NewDocumentFile.linkChild(ws, "platform/PLAT-999", "cart", "X"))
                .isInstanceOf(WorkspaceException.class);
    }

    @Test
    void otherKindsAndSpecsWithoutAPlatformSpecLinkNothing() throws Exception {
        Path demo = Demo.write(tmp.resolve("demo")).dir();
        byte[] spec = Files.readAllBytes(demo.resolve(SPEC));
        Workspace ws = load(demo);

        assertThat(NewDocumentFile.create(ws, new NewDocumentFile.Request(TemplateKind.COMPONENT_SPEC, "cart",
                "Loose spec", null), LocalDate.of(2026, 3, 2)).linked()).isEmpty();
        assertThat(NewDocumentFile.create(ws, new NewDocumentFile.Request(TemplateKind.BUG, "cart",
                "Lost cart", "platform/PLAT-124"), LocalDate.of(2026, 3, 2)).linked()).isEmpty();
        assertThat(Files.readAllBytes(demo.resolve(SPEC))).isEqualTo(spec);
    }
}
