package io.specgraph.ui.matrix;

import io.specgraph.engine.view.trace.Matrix;
import io.specgraph.engine.view.trace.MatrixCsv;
import io.specgraph.testkit.TestRepos;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.common.WorkspaceModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The matrix view's state without a toolkit. */
class MatrixViewModelTest {

    @TempDir
    Path dir;

    private static MatrixViewModel demo() {
        WorkspaceModel model = new WorkspaceModel();
        model.set(FxDemo.workspace());
        return new MatrixViewModel(model);
    }

    @Test
    void switchesBetweenReposAndContracts() {
        MatrixViewModel vm = demo();
        assertThat(vm.matrix().mode()).isEqualTo(Matrix.Mode.REPOS);
        assertThat(vm.matrix().columns()).hasSize(3);
        vm.modeProperty().set(Matrix.Mode.CONTRACTS);
        assertThat(vm.matrix().mode()).isEqualTo(Matrix.Mode.CONTRACTS);
        assertThat(vm.matrix().columns()).hasSize(5);
    }

    @Test
    void filterKeepsRowsMatchingTheSpecOrAComponentSpecInIt() {
        MatrixViewModel vm = demo();
        vm.filterTextProperty().set("ship-04");
        assertThat(vm.matrix().rows()).extracting(Matrix.Row::label).containsExactly("PLAT-126");
        vm.filterTextProperty().set("wallets");
        assertThat(vm.matrix().rows()).extracting(Matrix.Row::label).containsExactly("PLAT-130");
        vm.filterTextProperty().set("");
        assertThat(vm.matrix().rows()).hasSize(5);
    }

    @Test
    void figuresNameEveryComputedMetricAndWhatCannotBeComputed() {
        MatrixViewModel vm = demo();
        assertThat(vm.figuresProperty().get()).extracting(Figure::value)
                .startsWith("80 % (4/5)", "100 % (3/3)", "100 % (16/16)", "100 % (16/16)", "77 % (10/13)");
        assertThat(vm.figuresProperty().get()).extracting(Figure::label)
                .contains("Impactful changes with an ADR", "Not computable from files");
    }

    @Test
    void exportsWhatIsShown() throws Exception {
        MatrixViewModel vm = demo();
        vm.filterTextProperty().set("PLAT-128");
        Path file = dir.resolve("m.csv");
        vm.exportCsv(file);
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo(MatrixCsv.toCsv(vm.matrix()));
        assertThat(csv.split("\r\n")).hasSize(2);
    }

    @Test
    void followsTheSnapshot() {
        WorkspaceModel model = new WorkspaceModel();
        MatrixViewModel vm = new MatrixViewModel(model);
        assertThat(vm.matrix()).isNull();
        assertThatThrownBy(() -> vm.exportCsv(dir.resolve("x.csv"))).hasMessageContaining("no workspace");
        model.set(new TestRepos(dir)
                .file("platform/platform-specs/PLAT-9.md", "# Nine\n\n## Metadata\n- ID: PLAT-9\n"
                        + "- Kind: platform-spec\n- Version: v1\n- Status: Draft\n")
                .load());
        assertThat(vm.matrix().rows()).extracting(Matrix.Row::label).containsExactly("PLAT-9");
        assertThat(vm.figuresProperty().get().get(0).value()).isEqualTo("0 % (0/1)");
    }
}
