package io.specgraph.graph.gate.adr;

import io.specgraph.model.Node;

/** Writing a link from one ADR to another for a fix hint. */
final class Paths {

    private Paths() {
    }

    /**
     * A markdown link to {@code target} as {@code from}'s file would write it ({@code [ADR-2](0002-x.md)},
     * {@code [ADR-2](../adr/0002-x.md)}); across repos the reference {@code repo:ADR-2}.
     */
    static String link(Node target, Node from) {
        if (!target.repo().equals(from.repo())) {
            return target.repo() + ":" + target.id();
        }
        return "[" + target.id() + "](" + relative(parent(from.path()), target.path()) + ")";
    }

    /** {@code path} relative to folder {@code dir} (both repo-relative, {@code /}-separated). */
    static String relative(String dir, String path) {
        String[] d = dir.isEmpty() ? new String[0] : dir.split("/");
        String[] p = path.split("/");
        int common = 0;
        while (common < d.length && common < p.length - 1 && d[common].equals(p[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < d.length; i++) {
            sb.append("../");
        }
        for (int i = common; i < p.length; i++) {
            sb.append(p[i]);
            if (i < p.length - 1) {
                sb.append('/');
            }
        }
        return sb.toString();
    }

    private static String parent(String path) {
        int at = path.lastIndexOf('/');
        return at < 0 ? "" : path.substring(0, at);
    }
}
