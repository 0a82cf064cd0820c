package io.specgraph.parse.adr;

import io.specgraph.parse.FileIndex;

/** Repo-relative path arithmetic for ADR folders and links. */
final class AdrPaths {

    private AdrPaths() {
    }

    /**
     * {@code rel} resolved against folder {@code base} (both repo-relative, {@code /}-separated): {@code ./} and
     * {@code ../} segments are applied, a leading {@code /} means the repo root, a trailing {@code /} is dropped.
     * Returns null when the path leaves the repo.
     */
    static String resolve(String base, String rel) {
        String r = rel.replace('\\', '/').strip();
        return FileIndex.normalize((r.startsWith("/") ? "" : base) + "/" + r);
    }

    /** True when {@code path} is {@code folder} or lies below it ({@code ""} holds everything). */
    static boolean within(String path, String folder) {
        return folder.isEmpty() || path.equals(folder) || path.startsWith(folder + "/");
    }

    /** {@code path} relative to {@code folder}, which must hold it. */
    static String relative(String path, String folder) {
        if (folder.isEmpty()) {
            return path;
        }
        return path.equals(folder) ? "" : path.substring(folder.length() + 1);
    }
}
