package io.specgraph.model;

/**
 * A checklist line of a spec-kit feature ({@code checklists/*.md}): {@code - [ ] CHK001 …}.
 *
 * @param path    the checklist file
 * @param line    1-based line
 * @param checked ticked
 * @param text    the item text as written after the checkbox
 */
public record ChecklistItem(String path, int line, boolean checked, String text) {
}
