package io.specgraph.engine;

import io.specgraph.graph.gate.Gates;
import io.specgraph.model.RepoSpec;
import io.specgraph.parse.RepoReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two copies of a workspace: a live one that edits reach as editor buffers through {@link LiveWorkspace}, and an
 * oracle one where the same bytes are written to disk and loaded from scratch to compare.
 */
final class LiveFixture {

    final Path live;
    final Path oracle;
    final LiveWorkspace workspace;

    private final String target;
    private final Gates rules;

    /** Copies of the workspace folder {@code base} (with its workspace file). */
    LiveFixture(Path base, Path dir) throws Exception {
        this(base, dir, ".");
    }

    /** Copies of {@code base}, loading the folder {@code target} inside it (a repo folder, or the workspace). */
    LiveFixture(Path base, Path dir, String target) throws Exception {
        this(base, dir, target, Gates.standard());
    }

    /** Copies of {@code base}, loading the folder {@code target} inside it, checked with {@code rules}. */
    LiveFixture(Path base, Path dir, String target, Gates rules) throws Exception {
        this.live = LiveWorkspacePropertyTest.copy(base, dir.resolve("live"));
        this.oracle = LiveWorkspacePropertyTest.copy(base, dir.resolve("oracle"));
        this.target = target;
        this.rules = rules;
        this.workspace = LiveWorkspace.of(Workspace.load(repos(live), RepoReader.standard(), rules));
    }

    private List<RepoSpec> repos(Path root) throws Exception {
        return Targets.resolve(List.of(root.resolve(target)), null);
    }

    String read(String repo, String path) throws IOException {
        return Files.readString(oracle.resolve(repo).resolve(path), StandardCharsets.UTF_8);
    }

    /** Types {@code text} into the editor buffer of the file (the oracle gets it on disk). */
    LiveUpdate edit(String repo, String path, String text) throws IOException {
        Files.writeString(oracle.resolve(repo).resolve(path), text, StandardCharsets.UTF_8);
        return workspace.update(repo, path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces the first match of {@code regex} in the file's current text. */
    LiveUpdate replace(String repo, String path, String regex, String replacement) throws IOException {
        String text = read(repo, path);
        String next = text.replaceFirst(regex, replacement);
        assertThat(next).as("the edit of " + path + " changes it").isNotEqualTo(text);
        return edit(repo, path, next);
    }

    /** Writes the file in both copies (a save, or a file made outside the editor) and re-reads it from disk. */
    LiveUpdate save(String repo, String path, String text) throws IOException {
        for (Path root : List.of(live, oracle)) {
            Path p = root.resolve(repo).resolve(path);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
        }
        return workspace.update(repo, path, null);
    }

    /** Deletes the file in both copies and tells the live workspace. */
    LiveUpdate delete(String repo, String path) throws IOException {
        Files.delete(live.resolve(repo).resolve(path));
        Files.delete(oracle.resolve(repo).resolve(path));
        return workspace.update(repo, path, null);
    }

    /** Asserts the live snapshot equals a load from scratch of the oracle copy. */
    Workspace assertSameAsFromScratch() throws Exception {
        Workspace expected = Workspace.load(repos(oracle), RepoReader.standard(), rules);
        assertThat(Snapshots.diff(expected, oracle, workspace.snapshot(), live)).isNull();
        return expected;
    }
}
