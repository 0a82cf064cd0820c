package io.specgraph.testkit;

import io.specgraph.engine.Targets;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.WorkspaceException;
import io.specgraph.graph.SpecGraph;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Writes real repo folders into a temp dir and loads them as a workspace: no mocks, real files. */
public final class TestRepos {

    private final Path root;
    private final Set<String> repos = new LinkedHashSet<>();

    public TestRepos(Path root) {
        this.root = root;
    }

    /** Writes {@code text} (UTF-8) at {@code repo/path}; the first path segment is the repo folder. */
    public TestRepos file(String path, String text) {
        return bytes(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestRepos bytes(String path, byte[] bytes) {
        try {
            Path p = root.resolve(path);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            repos.add(path.substring(0, path.indexOf('/')));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path root() {
        return root;
    }

    public Path repo(String name) {
        return root.resolve(name);
    }

    public String read(String path) {
        try {
            return Files.readString(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Workspace load() {
        List<Path> folders = new ArrayList<>();
        repos.forEach(r -> folders.add(root.resolve(r)));
        try {
            return Workspace.load(Targets.resolve(folders, null));
        } catch (WorkspaceException e) {
            throw new IllegalStateException(e);
        }
    }

    public SpecGraph graph() {
        return load().graph();
    }

    /** The node {@code repo/id}; fails the test when missing. */
    public static Node node(SpecGraph g, String key) {
        return g.node(key).orElseThrow(() -> new AssertionError("no node " + key + " in " + keys(g)));
    }

    public static List<String> keys(SpecGraph g) {
        return g.nodes().stream().map(Node::key).toList();
    }

    /** Findings of {@code rule}. */
    public static List<Finding> findings(SpecGraph g, String rule) {
        return g.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }
}
