package io.specgraph.ui.commit;

/** The style class of a unified-diff line: file headers, hunk headers, additions, removals. */
final class DiffLines {

    private DiffLines() {
    }

    static String style(String line) {
        if (line.startsWith("+++") || line.startsWith("---") || line.startsWith("diff ") || line.startsWith("index ")
                || line.startsWith("new file") || line.startsWith("deleted file")) {
            return "sg-diff-head";
        }
        if (line.startsWith("@@")) {
            return "sg-diff-hunk";
        }
        if (line.startsWith("+")) {
            return "sg-diff-add";
        }
        if (line.startsWith("-")) {
            return "sg-diff-del";
        }
        return "sg-diff-context";
    }
}
