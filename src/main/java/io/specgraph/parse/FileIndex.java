package io.specgraph.parse;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The files and folders of a repo, repo-relative and {@code /}-separated, sorted. Walked once per load; readers
 * find their documents here instead of walking the disk again. Skips {@code .git}, other dot-folders (except
 * {@code .specify} and {@code .kittify}), {@code node_modules} and {@code target}; does not follow folder links.
 */
public final class FileIndex {

    private static final Set<String> SKIP = Set.of("node_modules", "target", "__pycache__");
    /** Dot-folders that hold documents: spec-kit's {@code .specify} and the spec-kitty fork's {@code .kittify}. */
    private static final Set<String> KEPT_DOT_FOLDERS = Set.of(".specify", ".kittify");

    private final List<String> files;
    private final Set<String> dirs;
    private final java.util.NavigableSet<String> sortedDirs;

    public FileIndex(List<String> files, Set<String> dirs) {
        List<String> sorted = new ArrayList<>(files);
        Collections.sort(sorted);
        this.files = List.copyOf(sorted);
        this.sortedDirs = Collections.unmodifiableNavigableSet(new TreeSet<>(dirs));
        this.dirs = sortedDirs;
    }

    /** A repo's list of folders and files that hold no documents (fixtures, generated files), one per line. */
    public static final String IGNORE_FILE = ".specgraphignore";

    /**
     * Walks {@code root}. Unreadable folders are skipped (the reader reports files it cannot open), and so are the
     * paths {@code .specgraphignore} at the root lists (repo-relative, one per line, {@code #} comments).
     */
    public static FileIndex walk(Path root) {
        List<String> files = new ArrayList<>();
        Set<String> dirs = new TreeSet<>();
        if (!Files.isDirectory(root)) {
            return new FileIndex(files, dirs);
        }
        Set<String> ignored = ignored(root);
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = dir.getFileName().toString();
                    if ((name.startsWith(".") && !KEPT_DOT_FOLDERS.contains(name)) || SKIP.contains(name)
                            || ignored.contains(rel(root, dir))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    dirs.add(rel(root, dir));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (ignored.contains(rel(root, file))) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isDirectory()) {
                        dirs.add(rel(root, file));
                    } else {
                        files.add(rel(root, file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    if (Files.isDirectory(file)) {
                        dirs.add(rel(root, file));
                    } else {
                        files.add(rel(root, file));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // walkFileTree reports per-file failures to visitFileFailed; a failure here means the root vanished.
            return new FileIndex(files, dirs);
        }
        return new FileIndex(files, dirs);
    }

    /** The repo-relative paths {@code root/.specgraphignore} lists (none when there is no such file). */
    static Set<String> ignored(Path root) {
        Path f = root.resolve(IGNORE_FILE);
        if (!Files.isRegularFile(f)) {
            return Set.of();
        }
        Set<String> out = new java.util.HashSet<>();
        try {
            for (String line : Files.readAllLines(f, java.nio.charset.StandardCharsets.UTF_8)) {
                String p = line.strip().replace('\\', '/');
                while (p.startsWith("./") || p.startsWith("/")) {
                    p = p.substring(p.startsWith("./") ? 2 : 1);
                }
                while (p.endsWith("/")) {
                    p = p.substring(0, p.length() - 1);
                }
                if (!p.isEmpty() && !p.startsWith("#")) {
                    out.add(p);
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return Set.of();
        }
        return out;
    }

    /**
     * The index of a list of repo-relative files (e.g. the files of a commit), with the folders they imply and the
     * same folders skipped as {@link #walk} skips.
     */
    public static FileIndex of(List<String> paths) {
        List<String> files = new ArrayList<>();
        Set<String> dirs = new TreeSet<>();
        for (String p : paths) {
            String[] parts = p.split("/");
            boolean skipped = false;
            for (int i = 0; i < parts.length - 1 && !skipped; i++) {
                String name = parts[i];
                skipped = name.startsWith(".") && !KEPT_DOT_FOLDERS.contains(name) || SKIP.contains(name);
            }
            if (skipped) {
                continue;
            }
            files.add(p);
            for (int i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) {
                dirs.add(p.substring(0, i));
            }
        }
        return new FileIndex(files, dirs);
    }

    static String rel(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }

    public List<String> files() {
        return files;
    }

    public Set<String> dirs() {
        return dirs;
    }

    public boolean isFile(String path) {
        return Collections.binarySearch(files, path) >= 0;
    }

    public boolean isDir(String path) {
        return dirs.contains(path);
    }

    /** True when {@code path} is a file or a folder. */
    public boolean exists(String path) {
        return isFile(path) || isDir(path);
    }

    /** Files under folder {@code dir} (any depth); {@code ""} for all. */
    public List<String> under(String dir) {
        if (dir.isEmpty()) {
            return files;
        }
        String prefix = dir.endsWith("/") ? dir : dir + "/";
        int from = Collections.binarySearch(files, prefix);
        from = from < 0 ? -from - 1 : from;
        List<String> out = new ArrayList<>();
        for (int i = from; i < files.size() && files.get(i).startsWith(prefix); i++) {
            out.add(files.get(i));
        }
        return out;
    }

    /** Files directly in folder {@code dir}. */
    public List<String> filesIn(String dir) {
        String prefix = dir.isEmpty() ? "" : (dir.endsWith("/") ? dir : dir + "/");
        List<String> out = new ArrayList<>();
        for (String f : under(dir)) {
            if (f.indexOf('/', prefix.length()) < 0) {
                out.add(f);
            }
        }
        return out;
    }

    /** Folders directly in folder {@code dir}. */
    public List<String> dirsIn(String dir) {
        String prefix = dir.isEmpty() ? "" : (dir.endsWith("/") ? dir : dir + "/");
        List<String> out = new ArrayList<>();
        for (String d : sortedDirs.tailSet(prefix, false)) {
            if (!d.startsWith(prefix)) {
                break;
            }
            if (d.indexOf('/', prefix.length()) < 0) {
                out.add(d);
            }
        }
        return out;
    }

    /** The parent folder of a repo-relative path ({@code ""} at the root). */
    public static String parent(String path) {
        int i = path.lastIndexOf('/');
        return i < 0 ? "" : path.substring(0, i);
    }

    /** The last segment of a path. */
    public static String name(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The file name without its last extension. */
    public static String stem(String path) {
        String name = name(path);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Joins path segments with {@code /}, skipping empty ones. */
    public static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a + "/" + b;
    }

    /**
     * A {@code /}-separated repo-relative path with empty and {@code .} segments dropped and {@code ..} applied
     * ({@code a/./b/../c/} → {@code a/c}; a leading or trailing {@code /} is dropped); null when it climbs above the
     * repo root.
     */
    public static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : path.split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(seg);
            }
        }
        return String.join("/", parts);
    }

    /** True for markdown file names ({@code .md}, {@code .markdown}). */
    public static boolean isMarkdown(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        return p.endsWith(".md") || p.endsWith(".markdown");
    }

    /** True for YAML file names. */
    public static boolean isYaml(String path) {
        String p = path.toLowerCase(java.util.Locale.ROOT);
        return p.endsWith(".yaml") || p.endsWith(".yml");
    }
}
