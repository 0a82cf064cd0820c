package io.specgraph.parse.adr;

import java.util.ArrayDeque;
import java.util.Deque;

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
        String start = r.startsWith("/") ? "" : base;
        Deque<String> parts = new ArrayDeque<>();
        for (String s : (start + "/" + r).split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(s);
            }
        }
        return String.join("/", parts);
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
