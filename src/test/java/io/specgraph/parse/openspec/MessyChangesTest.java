package io.specgraph.parse.openspec;

import io.specgraph.model.Node;
import io.specgraph.model.OpenSpecChange;
import io.specgraph.model.OpenSpecDelta;
import io.specgraph.model.OpenSpecDelta.DeltaFile;
import io.specgraph.model.OpenSpecEntry;
import io.specgraph.model.OpenSpecTaskFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Change folders as real repos keep them (real-repos.md, OpenSpec trees). */
class MessyChangesTest {

    private final Fixtures.Read read = Fixtures.read("messy-changes");

    private OpenSpecChange change(String id) {
        return read.node(id).parts().get(OpenSpecChange.class).get(0);
    }

    private List<OpenSpecDelta> deltas(String id) {
        return read.node(id).parts().get(OpenSpecDelta.class);
    }

    private OpenSpecTaskFile tasks(String id) {
        return read.node(id).parts().get(OpenSpecTaskFile.class).get(0);
    }

    @Test
    void readsEveryChangeFolderAndIgnoresSiblingFolders() {
        assertThat(read.nodes().keySet()).containsExactlyInAnyOrder("search", "notifications",
                "2024-11-02-add-search-filters", "2024-12-01-tidy-notifications", "2024-06-15-initial-search",
                "refactor-logging", "flat-delta", "no-operation-header", "legacy-full-spec",
                "odd-operation-headings", "evidence-heavy", "crlf-bom-change", "mobile");
        assertThat(read.findings()).isEmpty();
    }

    @Test
    void archivedChangeWithOpenTasks() {
        OpenSpecTaskFile t = tasks("2024-11-02-add-search-filters");
        assertThat(t.total()).isEqualTo(4);
        assertThat(t.completed()).isEqualTo(2);
        assertThat(t.tasks().get(2).line()).isEqualTo(6);
        assertThat(t.tasks().get(2).done()).isFalse();
    }

    @Test
    void tasksFileWithoutCheckboxCountsNothingAndPointsAtTheFirstListItem() {
        OpenSpecTaskFile t = tasks("2024-12-01-tidy-notifications");
        assertThat(t.total()).isZero();
        assertThat(t.firstListItemLine()).isEqualTo(3);
        assertThat(t.tracked()).isTrue();
    }

    @Test
    void changeWithoutSpecsFolderAndSkipSpecs() {
        OpenSpecChange c = change("refactor-logging");
        assertThat(c.specsHasFiles()).isFalse();
        assertThat(c.modifies()).isEmpty();
        assertThat(c.meta().skipSpecs()).isTrue();
        assertThat(c.meta().skipSpecsMarker().declared()).isTrue();
        assertThat(read.node("refactor-logging").parts().get(OpenSpecDelta.class)).isEmpty();
    }

    @Test
    void flatDeltaFileCountsForModifiesButIsNotACapabilitySpec() {
        OpenSpecDelta d = deltas("flat-delta").get(0);
        assertThat(d.file()).isEqualTo(DeltaFile.OTHER_MARKDOWN);
        assertThat(d.entryPath()).isEqualTo("notifications.md");
        assertThat(d.capability()).isEqualTo("notifications");
        assertThat(d.modified()).hasSize(1);
        assertThat(change("flat-delta").modifies()).containsExactly("notifications");
    }

    @Test
    void deltaWithoutOperationHeaderHasAnOrphanRequirement() {
        OpenSpecDelta d = deltas("no-operation-header").get(0);
        assertThat(d.hasDeltaSections()).isFalse();
        assertThat(d.entryCount()).isZero();
        assertThat(d.orphanedRequirements()).containsExactly(new OpenSpecEntry("Typo tolerance", null, 3));
        assertThat(change("no-operation-header").modifies()).containsExactly("search");
    }

    @Test
    void preDeltaFullSpecProseHasNoDeltaSections() {
        OpenSpecDelta d = deltas("2024-06-15-initial-search").get(0);
        assertThat(d.hasDeltaSections()).isFalse();
        assertThat(d.sections()).extracting(OpenSpecEntry::name)
                .containsExactly("Overview", "Core Requirements", "Out of Scope");
        assertThat(read.node("2024-06-15-initial-search").title()).isEqualTo("Initial search");
        assertThat(deltas("legacy-full-spec").get(0).sections()).extracting(OpenSpecEntry::line).containsExactly(3);
    }

    @Test
    void nonStandardOperationHeadingsAreSeenAsOpenSpecSeesThem() {
        OpenSpecDelta search = deltas("odd-operation-headings").stream()
                .filter(d -> d.capability().equals("search")).findFirst().orElseThrow();
        assertThat(search.deltaSections()).containsExactly(new OpenSpecEntry("Added requirements", "ADDED", 9));
        assertThat(search.added()).extracting(b -> b.name()).containsExactly("Snippet length");
        assertThat(search.orphanedRequirements())
                .containsExactly(new OpenSpecEntry("Highlight matches", "ADDED", 2));
        assertThat(search.skippedHeaders())
                .containsExactly(new OpenSpecEntry("MODIFIED Requirements", "Added requirements", 17));
        OpenSpecDelta notifications = deltas("odd-operation-headings").stream()
                .filter(d -> d.capability().equals("notifications")).findFirst().orElseThrow();
        assertThat(notifications.hasDeltaSections()).isFalse();
        assertThat(notifications.orphanedRequirements()).extracting(OpenSpecEntry::section)
                .containsExactly("New Requirements");
    }

    @Test
    void changeFullOfOtherThingsKeepsThemAsFiles() {
        Node n = read.node("evidence-heavy");
        assertThat(n.path()).isEqualTo("openspec/changes/evidence-heavy/proposal.md");
        assertThat(n.files()).contains("openspec/changes/evidence-heavy/metrics.json",
                "openspec/changes/evidence-heavy/evidence/run-2025-03-01.log",
                "openspec/changes/evidence-heavy/raw/explain.txt", "openspec/changes/evidence-heavy/README.md");
        assertThat(n.files()).hasSize(10);
        OpenSpecChange c = change("evidence-heavy");
        assertThat(c.strayMetadata()).containsExactly("openspec/changes/evidence-heavy/notes/.openspec.yaml");
        assertThat(c.meta().present()).isFalse();
        assertThat(c.modifies()).containsExactly("search");
    }

    @Test
    void crlfAndBomChangeFiles() {
        OpenSpecDelta d = deltas("crlf-bom-change").get(0);
        assertThat(d.added()).hasSize(1);
        assertThat(d.added().get(0).line()).isEqualTo(2);
        assertThat(d.added().get(0).raw()).doesNotContain("\r");
        assertThat(d.added().get(0).body()).isEqualTo("The system SHALL find articles by author name.");
        OpenSpecTaskFile t = tasks("crlf-bom-change");
        assertThat(t.total()).isEqualTo(2);
        assertThat(t.tasks().get(1).taskId()).isEqualTo("1.2");
        // The CLI reads the BOM as part of the first line, so "## 1." is not seen as a group (checked against 1.13.2).
        assertThat(t.numberedGroups()).isFalse();
        assertThat(t.tasks().get(1).group()).isNull();
        assertThat(change("crlf-bom-change").proposal().why()).startsWith("Edited on Windows");
    }

    @Test
    void folderWrappingAChangeIsReportedAsNested() {
        OpenSpecChange c = change("mobile");
        assertThat(c.nested()).containsExactly("mobile/refresh-token");
        assertThat(read.node("mobile").path()).isEqualTo("openspec/changes/mobile/refresh-token/proposal.md");
    }
}
