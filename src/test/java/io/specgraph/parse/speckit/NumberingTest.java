package io.specgraph.parse.speckit;

import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberingTest {

    @Test
    void featuresWithTheSameNumberKeepTheirWholeFolderNameAsId() {
        SpecKitFixture repo = SpecKitFixture.read("same-numbers");
        assertThat(repo.ids()).containsExactly("001-cart", "001-cart/tasks", "001-checkout", "001-search",
                "001-search-v2", "002-auth", "20260301-101500-reports", "constitution");
        assertThat(repo.node("001-search-v2").title()).isEqualTo("Search v2");
        assertThat(repo.node("001-search").path()).isEqualTo("specs/001-search/spec.md");
        assertThat(repo.nodes()).filteredOn(n -> n.kind() == NodeKind.COMPONENT_SPEC).hasSize(6);
        assertThat(repo.findings()).isEmpty();
    }

    @Test
    void aReadmeInSpecsIsNotAFeature() {
        SpecKitFixture repo = SpecKitFixture.read("same-numbers");
        assertThat(repo.nodes()).extracting(Node::path).doesNotContain("specs/README.md");
    }

    @Test
    void issueNumbersWithGapsAreReadAsTheyAre() {
        SpecKitFixture repo = SpecKitFixture.read("issue-numbers");
        assertThat(repo.ids()).containsExactly("001-bootstrap", "002-login", "025-profile", "1043-audit-log",
                "106-export-csv", "217-dark-mode", "constitution");
        assertThat(repo.node("1043-audit-log").title()).isEqualTo("Audit Log");
        assertThat(repo.node("106-export-csv").meta().value("feature branch")).isEqualTo("106-export-csv");
        assertThat(repo.findings()).isEmpty();
    }
}
