package io.specgraph.engine;

import io.specgraph.model.NodeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The spec-kit small-team variant, live: a feature that another feature of its repo implements is a platform spec,
 * and stops being one when that reference goes (its kind, gates and edges follow, as from scratch).
 */
class LiveSpecKitTest {

    private static final String CART = "specs/002-cart-component/spec.md";

    @TempDir
    Path dir;

    @Test
    void aFeatureBecomesAPlatformSpecAndBackAsItsImplementerChanges() throws Exception {
        Path fixture = Path.of("src/test/resources/fixtures/speckit");
        LiveFixture fx = new LiveFixture(fixture, dir, "small-team");
        fx.assertSameAsFromScratch();
        assertThat(kind(fx, "001-platform-spec")).isEqualTo(NodeKind.PLATFORM_SPEC);

        LiveUpdate u = fx.replace("small-team", CART, "- Implements: 001-platform-spec v1", "- Implements: []");
        assertThat(u.incremental()).isTrue();
        assertThat(u.reparsed()).containsExactly("small-team/002-cart-component");
        assertThat(kind(fx, "001-platform-spec")).isEqualTo(NodeKind.COMPONENT_SPEC);
        assertThat(u.rechecked()).contains("small-team/001-platform-spec");
        fx.assertSameAsFromScratch();

        u = fx.replace("small-team", CART, "- Implements: \\[\\]", "- Implements: 001-platform-spec v1");
        assertThat(kind(fx, "001-platform-spec")).isEqualTo(NodeKind.PLATFORM_SPEC);
        fx.assertSameAsFromScratch();

        u = fx.replace("small-team", "specs/001-platform-spec/spec.md", "## Metadata\n",
                "## Metadata\n- ID: 001-renamed\n");
        assertThat(u.workspace().graph().node("small-team/001-renamed")).isPresent();
        fx.assertSameAsFromScratch();
    }

    private static NodeKind kind(LiveFixture fx, String id) {
        return fx.workspace.snapshot().graph().node("small-team/" + id).orElseThrow().kind();
    }
}
