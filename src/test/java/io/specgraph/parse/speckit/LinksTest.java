package io.specgraph.parse.speckit;

import io.specgraph.model.SpecKitLink;
import io.specgraph.model.SpecKitLink.Status;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class LinksTest {

    private static final SpecKitFixture REPO = SpecKitFixture.read("links");

    @Test
    void resolvesEveryLinkOutsideCode() {
        List<SpecKitLink> links = REPO.node("001-links").parts().get(SpecKitLink.class);
        assertThat(links).extracting(SpecKitLink::line, SpecKitLink::target, SpecKitLink::resolved,
                        SpecKitLink::status)
                .containsExactly(
                        tuple(7, "data-model.md", "specs/001-links/data-model.md", Status.FOUND),
                        tuple(7, "../002-other/spec.md#requirements", "specs/002-other/spec.md", Status.FOUND),
                        tuple(8, "research.md", "specs/001-links/research.md", Status.MISSING),
                        tuple(8, "../009-nope/spec.md", "specs/009-nope/spec.md", Status.MISSING),
                        tuple(9, "docs/guide.md", "docs/guide.md", Status.ROOT_RELATIVE),
                        tuple(9, "specs/002-other/spec.md", "specs/002-other/spec.md", Status.ROOT_RELATIVE),
                        tuple(10, "/docs/guide.md", "docs/guide.md", Status.FOUND),
                        tuple(10, "/.github/workflows/ci.yml", ".github/workflows/ci.yml", Status.FOUND),
                        tuple(11, "https://github.com/github/spec-kit", null, Status.EXTERNAL),
                        tuple(11, "mailto:team@example.com", null, Status.EXTERNAL),
                        tuple(12, "#requirements", null, Status.ANCHOR),
                        tuple(13, "../../../../outside.md", null, Status.OUTSIDE_REPO),
                        tuple(14, "diagram%20v2.png", "specs/001-links/diagram v2.png", Status.MISSING),
                        tuple(21, "./data-model.md", "specs/001-links/data-model.md", Status.FOUND));
    }

    @Test
    void linkColumnsPointAtTheTarget() {
        SpecKitLink first = REPO.node("001-links").parts().get(SpecKitLink.class).get(0);
        assertThat(first.column()).isEqualTo(26);
        assertThat(first.text()).isEqualTo("data model");
        assertThat(first.isBroken()).isFalse();
    }

    @Test
    void brokenLinksAreDataForRulesNotReadFindings() {
        assertThat(REPO.node("001-links").parts().get(SpecKitLink.class)).filteredOn(SpecKitLink::isBroken)
                .hasSize(4);
        assertThat(REPO.findings()).isEmpty();
    }
}
