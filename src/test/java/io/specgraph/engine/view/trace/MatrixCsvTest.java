package io.specgraph.engine.view.trace;

import io.specgraph.engine.view.Health;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.NodeKind;
import io.specgraph.ui.FxDemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MatrixCsvTest {

    @TempDir
    Path dir;

    @Test
    void quotesOnlyFieldsThatNeedItAndDoublesQuotes() {
        assertThat(MatrixCsv.field("plain")).isEqualTo("plain");
        assertThat(MatrixCsv.field("")).isEmpty();
        assertThat(MatrixCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(MatrixCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(MatrixCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(MatrixCsv.field("cr\r")).isEqualTo("\"cr\r\"");
        assertThat(MatrixCsv.field("semi; colon")).isEqualTo("semi; colon");
    }

    @Test
    void writesHeaderAndRowsWithCrlf() {
        SpecEntry ps = new SpecEntry("p/PLAT-1", "PLAT-1", "p", NodeKind.PLATFORM_SPEC, "Käse, \"extra\"", "Draft",
                LifecycleState.DRAFT, Health.CLEAN);
        SpecEntry cs = new SpecEntry("c/SPEC-1", "SPEC-1", "c", NodeKind.COMPONENT_SPEC, "x", "Done",
                LifecycleState.DONE, new Health(1, 0, List.of()));
        Matrix m = new Matrix(Matrix.Mode.REPOS,
                List.of(new Matrix.Column("c", "c", null), new Matrix.Column("inv", "inv", null)),
                List.of(new Matrix.Row(ps, List.of(new Matrix.Cell(List.of(cs), List.of("T1"), false),
                        new Matrix.Cell(List.of(), List.of("T2", "T3"), false)))));
        assertThat(MatrixCsv.toCsv(m)).isEqualTo("Platform spec,Title,Status,Health,c,inv\r\n"
                + "PLAT-1,\"Käse, \"\"extra\"\"\",Draft,ok,\"SPEC-1 (Done, fail)\","
                + "\"missing (planned by T2, T3)\"\r\n");
    }

    @Test
    void writesTheDemoMatrixAsUtf8File() throws Exception {
        Matrix m = Matrix.of(FxDemo.workspace());
        Path file = dir.resolve("matrix.csv");
        MatrixCsv.write(m, file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) 'P'); // no byte-order mark
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(MatrixCsv.toCsv(m));
        String[] lines = text.split("\r\n", -1);
        assertThat(lines).hasSize(m.rows().size() + 2); // header, rows, empty after the last CRLF
        assertThat(lines[0]).isEqualTo("Platform spec,Title,Status,Health,cart,payments,shipping");
        assertThat(lines[3])
                .isEqualTo("PLAT-127,Feature Specification: Order Events v2 for Guest Orders,Approved,ok,,,");
        assertThat(lines[4])
                .isEqualTo("PLAT-128,Abandoned Guest Cart Recovery,Draft,fail,\"SPEC-CART-04 (Draft, fail)\",,");
    }
}
