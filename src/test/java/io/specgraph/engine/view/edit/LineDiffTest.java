package io.specgraph.engine.view.edit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineDiffTest {

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(LineDiff.unified("a", "x\ny", "b", "x\ny")).isEmpty();
    }

    @Test
    void hunksCarryThreeLinesOfContextAndLineNumbers() {
        String a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15";
        String b = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16";
        assertThat(LineDiff.unified("disk", a, "mine", b)).isEqualTo("""
                --- disk
                +++ mine
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8
                @@ -13,3 +13,4 @@
                 13
                 14
                 15
                +16
                """);
    }
}
