package io.specgraph.parse.speckit;

import io.specgraph.model.Node;
import io.specgraph.model.SpecKitItem;
import io.specgraph.model.SpecKitStory;
import io.specgraph.model.TaskItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CrlfBomTest {

    private static final SpecKitFixture REPO = SpecKitFixture.read("crlf-bom");

    @Test
    void crlfAndBomDoNotLeakIntoValuesOrPositions() {
        Node spec = REPO.node("001-windows");
        assertThat(spec.title()).isEqualTo("Windows line endings");
        assertThat(spec.status()).isEqualTo("Draft");
        assertThat(spec.meta().value("feature branch")).isEqualTo("001-windows");
        assertThat(spec.meta().get("status").orElseThrow().line()).isEqualTo(4);
        assertThat(FullFeatureTest.items(spec, SpecKitItem.Type.REQUIREMENT))
                .extracting(SpecKitItem::id, SpecKitItem::line, SpecKitItem::text)
                .containsExactly(tuple("FR-001", 14, "System MUST keep CRLF."),
                        tuple("FR-002", 15, "System MUST keep the BOM [NEEDS CLARIFICATION: UTF-16 too?]"));
        assertThat(FullFeatureTest.items(spec, SpecKitItem.Type.CLARIFICATION)).extracting(SpecKitItem::line,
                SpecKitItem::column).containsExactly(tuple(15, 40));
        assertThat(spec.parts().get(SpecKitStory.class)).extracting(SpecKitStory::line).containsExactly(8);
    }

    @Test
    void bomConstitutionAndMetaJsonAreRead() {
        Node c = REPO.node("constitution");
        assertThat(c.title()).isEqualTo("Windows Constitution");
        assertThat(c.version()).isEqualTo("1.0.1");
        assertThat(c.meta().value("last_amended")).isEqualTo("2026-01-09");
        assertThat(REPO.node("001-windows").meta().value("friendly_name")).isEqualTo("Windows line endings");
        assertThat(REPO.findings()).isEmpty();
    }

    @Test
    void mixedLineEndingsAndDuplicateTaskIdsAreKept() {
        assertThat(REPO.node("001-windows/tasks").parts().get(TaskItem.class))
                .extracting(TaskItem::taskId, TaskItem::line, TaskItem::text)
                .containsExactly(tuple("T001", 3, "Keep bytes in src/Doc.java"), tuple("T001", 4, "Duplicate id"));
    }
}
