package io.specgraph.engine.view.preview;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BlockPatchTest {

    @Test
    void anEditInOneBlockReplacesThatBlockOnly() {
        BlockPatch p = BlockPatch.between(List.of("a", "b", "c", "d"), List.of("a", "B", "c", "d"));
        assertThat(p).isEqualTo(new BlockPatch(1, 1, List.of("B")));
    }

    @Test
    void insertsAndRemovesInTheMiddleAndAtTheEnds() {
        assertThat(BlockPatch.between(List.of("a", "c"), List.of("a", "b", "c")))
                .isEqualTo(new BlockPatch(1, 0, List.of("b")));
        assertThat(BlockPatch.between(List.of("a", "b", "c"), List.of("a", "c")))
                .isEqualTo(new BlockPatch(1, 1, List.of()));
        assertThat(BlockPatch.between(List.of("a"), List.of("x", "a"))).isEqualTo(new BlockPatch(0, 0, List.of("x")));
        assertThat(BlockPatch.between(List.of("a"), List.of("a", "x"))).isEqualTo(new BlockPatch(1, 0, List.of("x")));
        assertThat(BlockPatch.between(List.of(), List.of("a"))).isEqualTo(new BlockPatch(0, 0, List.of("a")));
        assertThat(BlockPatch.between(List.of("a", "b"), List.of())).isEqualTo(new BlockPatch(0, 2, List.of()));
    }

    @Test
    void repeatedBlocksDoNotOverlapTheCommonEnds() {
        assertThat(BlockPatch.between(List.of("x", "x"), List.of("x", "x", "x")))
                .isEqualTo(new BlockPatch(2, 0, List.of("x")));
        assertThat(BlockPatch.between(List.of("x", "x", "x"), List.of("x")))
                .isEqualTo(new BlockPatch(1, 2, List.of()));
    }

    @Test
    void sameBlocksMakeAnEmptyPatch() {
        assertThat(BlockPatch.between(List.of("a", "b"), List.of("a", "b")).isEmpty()).isTrue();
        assertThat(BlockPatch.between(List.of("a"), List.of("b")).isEmpty()).isFalse();
    }

    @Test
    void applyingThePatchGivesTheNewBlocks() {
        List<String> shown = List.of("h", "p1", "p2", "fence", "p3");
        List<String> next = List.of("h", "p1", "p2 edited", "new", "fence", "p3");
        BlockPatch p = BlockPatch.between(shown, next);
        List<String> applied = new java.util.ArrayList<>(shown);
        for (int i = 0; i < p.remove(); i++) {
            applied.remove(p.start());
        }
        applied.addAll(p.start(), p.insert());
        assertThat(applied).isEqualTo(next);
    }
}
