package io.specgraph.engine.view.preview;

import java.util.List;

/**
 * The smallest run of blocks to replace to turn the blocks shown into new ones: the common blocks at the start and at
 * the end stay (with their drawn diagrams and scroll position), {@code remove} blocks from {@code start} go and
 * {@code insert} come in their place. Typing in one paragraph replaces one block.
 *
 * @param start  the first block that changes
 * @param remove how many blocks shown go
 * @param insert the blocks that replace them
 */
public record BlockPatch(int start, int remove, List<String> insert) {

    public BlockPatch {
        insert = List.copyOf(insert);
    }

    /** The patch from {@code shown} to {@code next}. */
    public static BlockPatch between(List<String> shown, List<String> next) {
        int max = Math.min(shown.size(), next.size());
        int start = 0;
        while (start < max && shown.get(start).equals(next.get(start))) {
            start++;
        }
        int end = 0;
        while (end < max - start
                && shown.get(shown.size() - 1 - end).equals(next.get(next.size() - 1 - end))) {
            end++;
        }
        return new BlockPatch(start, shown.size() - start - end, next.subList(start, next.size() - end));
    }

    /** True when nothing changes. */
    public boolean isEmpty() {
        return remove == 0 && insert.isEmpty();
    }
}
