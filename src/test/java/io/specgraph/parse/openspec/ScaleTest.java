package io.specgraph.parse.openspec;

import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.OpenSpecChange;
import io.specgraph.model.OpenSpecTaskFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Hundreds of archived changes, and a repo the size of the largest real OpenSpec tree. */
class ScaleTest {

    @Test
    void readsAHundredArchivedChanges(@TempDir Path repo) {
        GeneratedRepos.capabilities(repo, 20);
        GeneratedRepos.archivedChanges(repo, 100, 20);
        Fixtures.Read read = Fixtures.read(repo);
        assertThat(read.findings()).isEmpty();
        assertThat(read.nodes().values()).filteredOn(n -> n.kind() == NodeKind.CHANGE).hasSize(100);
        Node c = read.node("2023-01-11-change-10");
        OpenSpecChange change = c.parts().get(OpenSpecChange.class).get(0);
        assertThat(change.archived()).isTrue();
        assertThat(change.name()).isEqualTo("change-10");
        assertThat(change.archiveDate()).isEqualTo("2023-01-11");
        assertThat(change.modifies()).containsExactly("area-3/cap-10");
        assertThat(read.node("2023-01-12-change-11").parts().get(OpenSpecChange.class).get(0).modifies())
                .containsExactly("cap-11", "cap-17");
        assertThat(c.meta().items(ChangeReader.MODIFIES)).containsExactly("area-3/cap-10");
        OpenSpecTaskFile tasks = c.parts().get(OpenSpecTaskFile.class).get(0);
        assertThat(tasks.completed()).isEqualTo(1);
        long open = read.nodes().values().stream().filter(n -> n.kind() == NodeKind.CHANGE)
                .map(n -> n.parts().get(OpenSpecTaskFile.class).get(0))
                .filter(t -> t.completed() < t.total()).count();
        assertThat(open).isEqualTo(20);
    }

    @Test
    void readsAScaleRepoWithoutException(@TempDir Path repo) {
        GeneratedRepos.capabilities(repo, 400);
        GeneratedRepos.archivedChanges(repo, 450, 400);
        Fixtures.Read read = Fixtures.read(repo);
        assertThat(read.findings()).isEmpty();
        assertThat(read.nodes().values()).filteredOn(n -> n.kind() == NodeKind.CAPABILITY).hasSize(400);
        assertThat(read.nodes().values()).filteredOn(n -> n.kind() == NodeKind.CHANGE).hasSize(450);
        assertThat(read.node("area-0/cap-350").title()).isEqualTo("area-0/cap-350 Specification");
        assertThat(read.node("2024-03-25-change-449").parts().get(OpenSpecChange.class).get(0)
                .modifies()).containsExactly("cap-343", "cap-49");
    }
}
