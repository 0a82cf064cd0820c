package io.specgraph.parse.openspec;

import io.specgraph.parse.FileIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * Where OpenSpec projects live in a repo: every folder named {@code openspec} that holds {@code specs/} or
 * {@code changes/} (the repo root's, and those of packages in a monorepo), not counting one inside another
 * project's {@code specs/} or {@code changes/}. Node ids of the repo root's project are OpenSpec's own ids; a
 * nested project's ids carry its folder as a prefix ({@code packages/api:auth}) so that they stay unique.
 */
public final class OpenSpecRoots {

    /** The repo root's project folder. */
    public static final String MAIN = "openspec";

    private OpenSpecRoots() {
    }

    /** The project folders, the repo root's first, then the others sorted. */
    public static List<String> find(FileIndex files) {
        List<String> roots = new ArrayList<>();
        if (isRoot(files, MAIN)) {
            roots.add(MAIN);
        }
        for (String d : files.dirs()) {
            if (d.endsWith("/" + MAIN) && isRoot(files, d) && roots.stream().noneMatch(r -> inside(d, r))) {
                roots.add(d);
            }
        }
        return roots;
    }

    private static boolean isRoot(FileIndex files, String dir) {
        return files.isDir(FileIndex.join(dir, "specs")) || files.isDir(FileIndex.join(dir, "changes"));
    }

    private static boolean inside(String dir, String root) {
        return dir.startsWith(root + "/specs/") || dir.startsWith(root + "/changes/");
    }

    /** The project folder {@code path} belongs to, or null. */
    public static String rootOf(List<String> roots, String path) {
        for (String r : roots) {
            if (path.startsWith(r + "/")) {
                return r;
            }
        }
        return null;
    }

    /**
     * The prefix of node ids of the project at {@code root}: {@code ""} for the repo root's, else its parent folder
     * and {@code :}.
     */
    public static String idPrefix(String root) {
        return root.equals(MAIN) ? "" : FileIndex.parent(root) + ":";
    }
}
