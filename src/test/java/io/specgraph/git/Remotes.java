package io.specgraph.git;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Random;

/** Test helpers: bare remotes with content, and "another developer" who pushes to them. */
public final class Remotes {

    public static final Author ME = new Author("Me Tester", "me@example.com");
    public static final Author OTHER = new Author("Other Dev", "other@example.com");

    private Remotes() {
    }

    /** Creates {@code base/NAME.git} (branch main) holding {@code files}; returns the bare folder. */
    public static Path bare(Path base, String name, Map<String, String> files) throws Exception {
        Path bare = base.resolve(name + ".git");
        Path seed = Files.createTempDirectory(base.getParent() == null ? base : base.getParent(), "seed-" + name);
        try (LocalRepo repo = LocalRepo.create(seed, bare)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                write(seed, f.getKey(), f.getValue());
            }
            repo.commitAll("Initial " + name, OTHER.name(), OTHER.email(), Instant.parse("2026-01-01T00:00:00Z"));
            repo.push();
        }
        Trees.deleteRecursively(seed);
        return bare;
    }

    /** Adds a file of {@code size} random (incompressible) bytes to the bare repo, committed by another developer. */
    public static void pushRandomFile(Path bare, String path, int size, long seed) throws Exception {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        othersCommit(bare, path, bytes, "Add " + path);
    }

    /** Another developer commits {@code content} at {@code path} and pushes it to {@code bare}. */
    public static void othersCommit(Path bare, String path, String content) throws Exception {
        othersCommit(bare, path, content.getBytes(java.nio.charset.StandardCharsets.UTF_8), "Edit " + path);
    }

    private static void othersCommit(Path bare, String path, byte[] content, String message) throws Exception {
        Path work = Files.createTempDirectory(bare.getParent(), "other-");
        try (Git git = Git.cloneRepository().setURI(LocalRepo.remote(bare)).setDirectory(work.toFile()).call()) {
            Path f = work.resolve(path);
            Files.createDirectories(f.getParent());
            Files.write(f, content);
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent(OTHER.name(), OTHER.email());
            git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
            git.push().call();
        }
        Trees.deleteRecursively(work);
    }

    /** The commit id {@code main} points at in the bare repo. */
    public static String mainOf(Path bare) throws IOException {
        try (Repository r = new FileRepositoryBuilder().setGitDir(bare.toFile()).setMustExist(true).build()) {
            return r.resolve(Constants.R_HEADS + "main").getName();
        }
    }

    /** The content of {@code path} at {@code main} in the bare repo, read through a fresh clone. */
    public static String readAtMain(Path bare, String path, Path scratch) throws Exception {
        Path work = Files.createTempDirectory(scratch, "fresh-");
        try (Git git = Git.cloneRepository().setURI(LocalRepo.remote(bare)).setDirectory(work.toFile()).call()) {
            return Files.readString(work.resolve(path));
        } finally {
            Trees.deleteRecursively(work);
        }
    }

    public static void write(Path dir, String path, String content) throws IOException {
        Path f = dir.resolve(path);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
    }
}
