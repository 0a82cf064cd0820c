package io.specgraph.model;

import java.util.Objects;

/**
 * A directed edge between two nodes, by key ({@code repo/id}).
 *
 * @param from    the source node's key
 * @param to      the target node's key
 * @param kind    the edge kind
 * @param version the version of the target the edge asks for, or null
 * @param path    the file the link is declared in (of the source repo)
 * @param line    the line it is declared on, 0 when derived
 */
public record Edge(String from, String to, EdgeKind kind, String version, String path, int line) {

    public Edge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        path = path == null ? "" : path;
    }
}
