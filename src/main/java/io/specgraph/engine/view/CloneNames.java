package io.specgraph.engine.view;

import java.util.Locale;

/** The repo name proposed for a clone URL: its last path segment without {@code .git}, as a safe folder name. */
public final class CloneNames {

    private CloneNames() {
    }

    public static String fromUrl(String url) {
        if (url == null) {
            return "";
        }
        String u = url.trim().replace('\\', '/');
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        int cut = Math.max(u.lastIndexOf('/'), u.lastIndexOf(':'));
        String last = cut >= 0 ? u.substring(cut + 1) : u;
        if (last.toLowerCase(Locale.ROOT).endsWith(".git")) {
            last = last.substring(0, last.length() - 4);
        }
        return last.replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
