package io.specgraph.engine.view.fix;

import java.util.Arrays;
import java.util.Objects;

/**
 * A mechanical fix: the minimal edit of one file. The file may be the open document or another one (adding a
 * consumer edits the contract). {@code before} is what the edit was computed on: the file must still hold exactly
 * that when the fix is applied, so nothing is overwritten silently.
 *
 * @param label  what the button does, in a few words ({@code Pin cp-checkout v2})
 * @param repo   the repo of the file
 * @param path   the file, repo-relative
 * @param before the file's bytes the edit was computed on
 * @param after  the file's bytes with the fix
 */
public record Fix(String label, String repo, String path, byte[] before, byte[] after) {

    public Fix {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(repo, "repo");
        Objects.requireNonNull(path, "path");
        before = before.clone();
        after = after.clone();
    }

    @Override
    public byte[] before() {
        return before.clone();
    }

    @Override
    public byte[] after() {
        return after.clone();
    }

    /** True when the fix edits {@code repo/path} (the open document, say). */
    public boolean edits(String otherRepo, String otherPath) {
        return repo.equals(otherRepo) && path.equals(otherPath);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fix f && label.equals(f.label) && repo.equals(f.repo) && path.equals(f.path)
                && Arrays.equals(before, f.before) && Arrays.equals(after, f.after);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, repo, path, Arrays.hashCode(before), Arrays.hashCode(after));
    }

    @Override
    public String toString() {
        return "Fix[" + label + " in " + repo + "/" + path + "]";
    }
}
