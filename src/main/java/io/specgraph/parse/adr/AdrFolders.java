package io.specgraph.parse.adr;

import io.specgraph.parse.Document;
import io.specgraph.parse.DocumentLoader;
import io.specgraph.parse.DocumentSource;
import io.specgraph.parse.FileIndex;
import io.specgraph.parse.MarkdownDoc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds a repo's ADR folders (model.md §1), in this order:
 * <ol>
 *   <li>the workspace's {@code adrDirs} for the repo, when set: only those, nothing is detected;</li>
 *   <li>every {@code .adr-dir} file (adr-tools): its first line names the folder, relative to the file's folder;</li>
 *   <li>folders with a well-known name holding markdown: at the repo root {@code doc/adr}, {@code docs/adr},
 *       {@code docs/decisions}, {@code docs/architecture/decisions}, {@code docs/madr/decisions}, {@code adr},
 *       {@code adrs}, {@code decisions}, {@code architecture-decision-record(s)}; the multi-segment names and
 *       {@code architecture-decision-record(s)} also deeper (monorepo packages);</li>
 *   <li>any other folder of numbered markdown files most of which have ADR sections ({@link AdrShape}).</li>
 * </ol>
 * These folders take their whole tree (versioned {@code 1.x/} and legacy sub-folders); a folder found by its
 * content takes only its own files and the ADR folders inside it. Folders under {@code specs/}, {@code openspec/},
 * seed-layout folders and test-fixture folders are not detected by name below the root nor by content.
 */
public final class AdrFolders {

    /** Well-known ADR folder names at the repo root. */
    public static final List<String> NAMES = List.of("doc/adr", "docs/adr", "docs/decisions",
            "docs/architecture/decisions", "docs/madr/decisions", "adr", "adrs", "decisions",
            "architecture-decision-record", "architecture-decision-records");

    /** The adr-tools configuration file. */
    public static final String ADR_DIR_FILE = ".adr-dir";

    private static final Set<String> EXCLUDED = Set.of("specs", "openspec", ".specify", ".kittify", "platform-specs",
            "initiatives", "constitution", "contracts", "context", "domains", "node_modules", "vendor", "test",
            "tests", "fixtures", "testdata", "test-data", "changes");
    private static final int CONTENT_SAMPLE = 12;

    private AdrFolders() {
    }

    /**
     * One ADR folder.
     *
     * @param path repo-relative ({@code ""} for the repo root)
     * @param deep true when it takes its whole tree, false for only its own files
     * @param how  how it was found: {@code workspace}, {@code .adr-dir}, {@code name}, {@code content}
     */
    public record Root(String path, boolean deep, String how) {
    }

    /**
     * The folders found.
     *
     * @param roots           the ADR folders, sorted by path
     * @param adrDirFiles     every {@code .adr-dir} file read (ignored when the workspace sets the folders)
     * @param missingSettings folders the workspace sets for the repo that do not exist, as written
     */
    public record Found(List<Root> roots, List<String> adrDirFiles, List<String> missingSettings) {
        public Found {
            roots = List.copyOf(roots);
            adrDirFiles = List.copyOf(adrDirFiles);
            missingSettings = List.copyOf(missingSettings);
        }
    }

    /** A quick guess from file names alone (for {@code LayoutReader.detect}); {@link #find} decides. */
    public static boolean present(FileIndex files) {
        for (String f : files.files()) {
            if (FileIndex.name(f).equals(ADR_DIR_FILE)) {
                return true;
            }
        }
        for (String d : files.dirs()) {
            if (named(d) && files.under(d).stream().anyMatch(FileIndex::isMarkdown)) {
                return true;
            }
        }
        for (String d : candidateDirs(files)) {
            List<String> numbered = numberedMarkdown(files, d);
            if (numbered.size() >= 2 || numbered.stream().anyMatch(f -> FileIndex.name(f).toLowerCase(Locale.ROOT)
                    .startsWith("adr"))) {
                return true;
            }
        }
        return false;
    }

    /** Finds the ADR folders of a repo; {@code docs} reads {@code .adr-dir} files and candidate ADRs. */
    public static Found find(FileIndex files, List<String> overrides, DocumentSource docs) {
        Map<String, Root> roots = new LinkedHashMap<>();
        if (!overrides.isEmpty()) {
            List<String> missing = new ArrayList<>();
            for (String o : overrides) {
                String dir = AdrPaths.resolve("", o);
                if (dir != null && (dir.isEmpty() || files.isDir(dir))) {
                    roots.putIfAbsent(dir, new Root(dir, true, "workspace"));
                } else {
                    missing.add(o);
                }
            }
            return new Found(sorted(roots), List.of(), missing);
        }
        List<String> adrDirFiles = new ArrayList<>();
        for (String f : files.files()) {
            if (FileIndex.name(f).equals(ADR_DIR_FILE)) {
                adrDirFiles.add(f);
                String dir = adrDirTarget(f, docs);
                if (dir != null && files.isDir(dir)) {
                    roots.putIfAbsent(dir, new Root(dir, true, ADR_DIR_FILE));
                }
            }
        }
        for (String d : files.dirs()) {
            if (named(d) && files.under(d).stream().anyMatch(FileIndex::isMarkdown)) {
                roots.putIfAbsent(d, new Root(d, true, "name"));
            }
        }
        for (String d : candidateDirs(files)) {
            boolean inside = roots.values().stream().anyMatch(r -> r.deep() && AdrPaths.within(d, r.path()));
            if (roots.containsKey(d) || inside) {
                continue;
            }
            if (confirmed(files, d, docs)) {
                roots.put(d, new Root(d, false, "content"));
            }
        }
        return new Found(sorted(roots), adrDirFiles, List.of());
    }

    /**
     * The folder a {@code .adr-dir} file names, repo-relative, or null when it names none (empty, absolute,
     * outside the repo, unreadable).
     */
    public static String adrDirTarget(String adrDirFile, DocumentSource docs) {
        DocumentLoader.Loaded loaded = docs.load(adrDirFile);
        return loaded.ok() ? adrDirTarget(adrDirFile, loaded.document()) : null;
    }

    public static String adrDirTarget(String adrDirFile, Document doc) {
        for (int n = 1; n <= doc.lineCount(); n++) {
            String t = doc.line(n).strip();
            if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
                t = t.substring(1, t.length() - 1).strip();
            }
            if (t.isEmpty()) {
                continue;
            }
            if (t.startsWith("/") || t.startsWith("~") || t.matches("^[A-Za-z]:[\\\\/].*")) {
                return null;
            }
            return AdrPaths.resolve(FileIndex.parent(adrDirFile), t);
        }
        return null;
    }

    /** True for a folder with a well-known ADR name where names are looked for. */
    static boolean named(String dir) {
        if (NAMES.contains(dir)) {
            return true;
        }
        if (excluded(dir)) {
            return false;
        }
        for (String name : NAMES) {
            if ((name.contains("/") || name.startsWith("architecture-decision")) && dir.endsWith("/" + name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean excluded(String dir) {
        for (String segment : dir.split("/")) {
            if (EXCLUDED.contains(segment.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The repo root and every folder not excluded that directly holds numbered markdown files. */
    private static List<String> candidateDirs(FileIndex files) {
        List<String> out = new ArrayList<>();
        List<String> all = new ArrayList<>();
        all.add("");
        all.addAll(files.dirs());
        for (String d : all) {
            if (!excluded(d) && !numberedMarkdown(files, d).isEmpty()) {
                out.add(d);
            }
        }
        return out;
    }

    private static List<String> numberedMarkdown(FileIndex files, String dir) {
        List<String> out = new ArrayList<>();
        for (String f : files.filesIn(dir)) {
            if (FileIndex.isMarkdown(f) && !AdrFileNames.isNotAdr(FileIndex.name(f))
                    && AdrFileNames.parse(f).hasNumber()) {
                out.add(f);
            }
        }
        return out;
    }

    /** At least half of the folder's numbered markdown files (a sample of them) have ADR sections. */
    private static boolean confirmed(FileIndex files, String dir, DocumentSource docs) {
        List<String> numbered = numberedMarkdown(files, dir);
        List<String> sample = numbered.subList(0, Math.min(CONTENT_SAMPLE, numbered.size()));
        int adrs = 0;
        for (String f : sample) {
            DocumentLoader.Loaded loaded = docs.load(f);
            if (loaded.ok() && AdrShape.looksLikeAdr(MarkdownDoc.of("", loaded.document()))) {
                adrs++;
            }
        }
        return !sample.isEmpty() && adrs * 2 >= sample.size();
    }

    private static List<Root> sorted(Map<String, Root> roots) {
        List<Root> out = new ArrayList<>(roots.values());
        out.sort((a, b) -> a.path().compareTo(b.path()));
        return out;
    }
}
