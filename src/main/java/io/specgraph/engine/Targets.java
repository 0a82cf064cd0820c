package io.specgraph.engine;

import io.specgraph.model.RepoSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns command-line targets into repos: each folder is a repo (role detected), a folder holding a
 * {@code workspace.json} is that workspace, and {@code --workspace F} names a workspace file. With nothing given,
 * the current folder is the target.
 */
public final class Targets {

    private Targets() {
    }

    public static List<RepoSpec> resolve(List<Path> targets, Path workspaceFile) throws WorkspaceException {
        List<RepoSpec> out = new ArrayList<>();
        if (workspaceFile != null) {
            if (!Files.isRegularFile(workspaceFile)) {
                throw new WorkspaceException("workspace file not found: " + workspaceFile);
            }
            out.addAll(WorkspaceFile.read(workspaceFile).repos());
        }
        List<Path> folders = targets.isEmpty() && workspaceFile == null ? List.of(Path.of(".")) : targets;
        for (Path t : folders) {
            if (!Files.exists(t)) {
                throw new WorkspaceException("target not found: " + t);
            }
            if (!Files.isDirectory(t)) {
                throw new WorkspaceException("target is not a folder: " + t);
            }
            if (WorkspaceFile.isWorkspaceFolder(t)) {
                out.addAll(WorkspaceFile.read(t.resolve(WorkspaceFile.FILE_NAME)).repos());
            } else {
                out.add(RepoSpec.ofFolder(t));
            }
        }
        for (RepoSpec r : out) {
            if (!Files.isDirectory(r.path())) {
                throw new WorkspaceException("repo " + r.name() + ": folder not found: " + r.path()
                        + (r.remote() != null ? " (run: specgraph sync --workspace F)" : ""));
            }
            if (!Files.isReadable(r.path()) || !Files.isExecutable(r.path())) {
                throw new WorkspaceException("repo " + r.name() + ": folder not readable: " + r.path());
            }
        }
        return uniqueNames(distinctFolders(out));
    }

    /** The same folder named twice (a target and the workspace file, {@code cart} and {@code cart/}) is one repo. */
    private static List<RepoSpec> distinctFolders(List<RepoSpec> repos) {
        Set<Path> seen = new HashSet<>();
        List<RepoSpec> out = new ArrayList<>();
        for (RepoSpec r : repos) {
            Path real;
            try {
                real = r.path().toRealPath();
            } catch (java.io.IOException e) {
                real = r.path().toAbsolutePath().normalize();
            }
            if (seen.add(real)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Two folders with the same name get {@code -2}, {@code -3} … so node keys stay unique. */
    private static List<RepoSpec> uniqueNames(List<RepoSpec> repos) {
        Set<String> seen = new HashSet<>();
        List<RepoSpec> out = new ArrayList<>();
        for (RepoSpec r : repos) {
            String name = r.name();
            int k = 2;
            while (!seen.add(name)) {
                name = r.name() + "-" + k++;
            }
            out.add(name.equals(r.name()) ? r
                    : new RepoSpec(name, r.role(), r.path(), r.remote(), r.branch(), r.domain(), r.adrDirs()));
        }
        return out;
    }
}
