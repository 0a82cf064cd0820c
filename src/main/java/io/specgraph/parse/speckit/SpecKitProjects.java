package io.specgraph.parse.speckit;

import io.specgraph.parse.Features;
import io.specgraph.parse.FileIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the spec-kit projects of a repo are and what they hold. A project is a folder holding {@code .specify/}
 * (model.md §1; a monorepo may hold several, nested anywhere). Each file belongs to the deepest project above it.
 *
 * <p>A <b>feature folder</b> of a project is a folder holding {@code spec.md}, anywhere in the project (spec-kit
 * keeps them in {@code specs/}, forks in other folders such as {@code kitty-specs/}); every folder directly in
 * {@code specs/} that holds a markdown file; and a folder holding only a plan ({@code plan.md}, or a markdown file
 * whose name has a word starting or ending in "plan") beside such feature folders. Never a folder inside
 * {@code .specify/}, {@code templates/}, {@code openspec/}, {@code contracts/} or {@code checklists/}, and never the
 * project folder itself.
 */
public final class SpecKitProjects {

    /** The folder that marks a project. */
    public static final String SPECIFY = ".specify";
    /** The spec-kitty fork's marker folder, read like {@code .specify}. */
    public static final String KITTIFY = ".kittify";
    private static final List<String> MARKERS = List.of(SPECIFY, KITTIFY);

    private static final Set<String> NEVER = Set.of(SPECIFY, KITTIFY, "templates", "openspec", "node_modules",
            "contracts", "checklists");

    private final List<String> roots;

    private SpecKitProjects(List<String> roots) {
        this.roots = List.copyOf(roots);
    }

    /** The projects of the repo whose files are {@code files}. */
    public static SpecKitProjects of(FileIndex files) {
        Set<String> found = new TreeSet<>();
        for (String d : files.dirs()) {
            addRoot(d, found);
        }
        for (String f : files.files()) {
            for (String marker : MARKERS) {
                int i = f.indexOf(marker + "/");
                if (i >= 0 && (i == 0 || f.charAt(i - 1) == '/')) {
                    addRoot(f.substring(0, i + marker.length()), found);
                }
            }
        }
        return new SpecKitProjects(new ArrayList<>(found));
    }

    private static void addRoot(String dir, Set<String> found) {
        if (!MARKERS.contains(FileIndex.name(dir))) {
            return;
        }
        String root = FileIndex.parent(dir);
        if (!hasSegment(root, SPECIFY) && !hasSegment(root, KITTIFY)) {
            found.add(root);
        }
    }

    /** The project folders, repo-relative ({@code ""} for the repo root), sorted. */
    public List<String> roots() {
        return roots;
    }

    public boolean isEmpty() {
        return roots.isEmpty();
    }

    /** The deepest project holding {@code path}, or null when none does. */
    public String projectOf(String path) {
        String best = null;
        for (String r : roots) {
            boolean holds = r.isEmpty() || path.equals(r) || path.startsWith(r + "/");
            if (holds && (best == null || r.length() > best.length())) {
                best = r;
            }
        }
        return best;
    }

    /**
     * The prefix of node ids in project {@code root}: {@code root + "/"} when the repo holds several projects and
     * the project is not the repo root, else "" (so ids stay unique in the repo and stay short in the common case).
     */
    public String idPrefix(String root) {
        return roots.size() > 1 && root != null && !root.isEmpty() ? root + "/" : "";
    }

    /** The {@code .specify/memory} folder of a project (or {@code .kittify/memory} in the spec-kitty fork). */
    public static String memory(String root, FileIndex files) {
        String kitty = FileIndex.join(root, KITTIFY + "/memory");
        return !files.isDir(FileIndex.join(root, SPECIFY)) && files.isDir(kitty) ? kitty
                : FileIndex.join(root, SPECIFY + "/memory");
    }

    /** The feature folders of project {@code root}, sorted. */
    public List<String> features(FileIndex files, String root) {
        Set<String> features = new TreeSet<>();
        Set<String> containers = new TreeSet<>();
        String specs = FileIndex.join(root, "specs");
        containers.add(specs);
        List<String> own = new ArrayList<>();
        for (String f : files.under(root)) {
            String dir = FileIndex.parent(f);
            if (dir.equals(root) || !root.equals(projectOf(f)) || excluded(root, dir)) {
                continue;
            }
            own.add(f);
            if (FileIndex.name(f).equals("spec.md")) {
                features.add(dir);
                if (!FileIndex.parent(dir).equals(root)) {
                    containers.add(FileIndex.parent(dir));
                }
            } else if (FileIndex.parent(dir).equals(specs) && FileIndex.isMarkdown(f)) {
                features.add(dir);
            }
        }
        for (String f : own) {
            String dir = FileIndex.parent(f);
            if (containers.contains(FileIndex.parent(dir)) && FileIndex.isMarkdown(f) && Features.isPlanName(f)) {
                features.add(dir);
            }
        }
        return new ArrayList<>(features);
    }

    /** The files of feature folder {@code dir}: everything under it except nested feature folders and projects. */
    public List<String> featureFiles(FileIndex files, String root, String dir, List<String> allFeatures) {
        List<String> out = new ArrayList<>();
        for (String f : files.under(dir)) {
            if (!root.equals(projectOf(f))) {
                continue;
            }
            boolean nested = false;
            for (String other : allFeatures) {
                if (other.length() > dir.length() && other.startsWith(dir + "/") && f.startsWith(other + "/")) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean excluded(String root, String dir) {
        String rel = root.isEmpty() ? dir : dir.substring(root.length() + 1);
        for (String seg : rel.split("/")) {
            if (NEVER.contains(seg.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSegment(String path, String segment) {
        return path.equals(segment) || path.startsWith(segment + "/") || path.endsWith("/" + segment)
                || path.contains("/" + segment + "/");
    }
}
