package io.specgraph.parse.adr;

import io.specgraph.model.Keys;
import io.specgraph.parse.DocumentLoader;
import io.specgraph.parse.DocumentSource;
import io.specgraph.parse.FileIndex;
import io.specgraph.parse.MarkdownDoc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ADR files of one repo with their ids. Ids (model.md §4): an explicit {@code id} in the file wins (applied
 * when the file is read); otherwise
 * <ol>
 *   <li>{@code ADR-<number>} from the file name ({@link AdrFileNames}), the file stem when the name has no number;</li>
 *   <li>when files in different folders share a number (versioned {@code 1.x/}, {@code 2.x/} folders, a legacy
 *       folder beside the current one), every ADR in each such sub-folder of the ADR folder is named by its
 *       sub-folder: {@code ADR-1.x-3}, {@code ADR-legacy-3} ({@code /} in deeper sub-folders becomes {@code -});
 *       files directly in the ADR folder keep {@code ADR-3};</li>
 *   <li>ids that still clash (the same number twice in one folder, or in two ADR folders) stay with the first file
 *       in path order; the next get {@code b}, {@code c} …: {@code ADR-3b}.</li>
 * </ol>
 * A file with an explicit {@code id} takes no part in this numbering. Every other file whose number another such
 * file in the repo also uses gets finding {@link AdrRules#DUPLICATE_NUMBER}.
 */
public final class AdrCatalog {

    /**
     * One ADR file.
     *
     * @param path       repo-relative
     * @param folder     the ADR folder it belongs to
     * @param subFolder  its folder below {@code folder}, {@code ""} when directly in it
     * @param name       what its file name says
     * @param id         its id unless the file declares one
     * @param duplicates the other ADR files with the same number, in path order
     */
    public record Entry(String path, String folder, String subFolder, AdrFileNames.Name name, String id,
                        List<String> duplicates) {
        public Entry {
            Objects.requireNonNull(path, "path");
            duplicates = List.copyOf(duplicates);
        }
    }

    private final AdrFolders.Found found;
    private final Map<String, Entry> entries;

    private AdrCatalog(AdrFolders.Found found, Map<String, Entry> entries) {
        this.found = found;
        this.entries = entries;
    }

    /** Finds the repo's ADR folders and names every ADR file in them. */
    public static AdrCatalog build(FileIndex files, List<String> overrides, DocumentSource docs) {
        AdrFolders.Found found = AdrFolders.find(files, overrides, docs);
        Map<String, String[]> placed = new TreeMap<>();
        for (AdrFolders.Root root : found.roots()) {
            Collection<String> candidates = root.deep() ? files.under(root.path()) : files.filesIn(root.path());
            for (String f : candidates) {
                if (!FileIndex.isMarkdown(f) || AdrFileNames.isNotAdr(AdrPaths.relative(f, root.path()))) {
                    continue;
                }
                String folder = outermost(found.roots(), f);
                placed.putIfAbsent(f, new String[]{folder, AdrPaths.relative(FileIndex.parent(f), folder)});
            }
        }
        return new AdrCatalog(found, assign(placed, docs));
    }

    private static Map<String, Entry> assign(Map<String, String[]> placed, DocumentSource docs) {
        Map<String, List<String>> byKey = new LinkedHashMap<>();
        Map<String, AdrFileNames.Name> names = new LinkedHashMap<>();
        for (String f : placed.keySet()) {
            AdrFileNames.Name n = AdrFileNames.parse(f);
            names.put(f, n);
            if (n.hasNumber()) {
                byKey.computeIfAbsent(n.key(), k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, String> explicit = explicitIds(byKey, docs);
        byKey.values().forEach(group -> group.removeIf(explicit::containsKey));
        Set<String> qualified = new HashSet<>();
        for (List<String> group : byKey.values()) {
            Set<String> folders = new HashSet<>();
            group.forEach(f -> folders.add(FileIndex.parent(f)));
            if (folders.size() > 1) {
                group.stream().map(f -> placed.get(f)).filter(p -> !p[1].isEmpty())
                        .forEach(p -> qualified.add(FileIndex.join(p[0], p[1])));
            }
        }
        Map<String, Entry> out = new TreeMap<>();
        Set<String> taken = new HashSet<>();
        for (Map.Entry<String, String[]> e : placed.entrySet()) {
            String f = e.getKey();
            AdrFileNames.Name n = names.get(f);
            String sub = e.getValue()[1];
            if (explicit.containsKey(f)) {
                out.put(f, new Entry(f, e.getValue()[0], sub, n, explicit.get(f), List.of()));
                continue;
            }
            String id = n.defaultId();
            if (n.hasNumber() && qualified.contains(FileIndex.join(e.getValue()[0], sub))) {
                id = "ADR-" + sub.replace('/', '-') + "-" + n.key();
            }
            id = unique(id, taken);
            List<String> dups = n.hasNumber() ? byKey.get(n.key()).stream().filter(o -> !o.equals(f)).toList()
                    : List.of();
            out.put(f, new Entry(f, e.getValue()[0], sub, n, id, dups));
        }
        return out;
    }

    /**
     * The explicit ids of files whose number another file also uses: such a file does not take part in numbering
     * (only these files are opened while planning).
     */
    private static Map<String, String> explicitIds(Map<String, List<String>> byKey, DocumentSource docs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (List<String> group : byKey.values()) {
            if (group.size() < 2) {
                continue;
            }
            for (String f : group) {
                DocumentLoader.Loaded loaded = docs.load(f);
                if (loaded.ok()) {
                    MarkdownDoc md = MarkdownDoc.of("", loaded.document());
                    md.metadata().get(Keys.ID).filter(v -> !v.isBlank()).ifPresent(v -> out.put(f, v.value().strip()));
                }
            }
        }
        return out;
    }

    private static String unique(String id, Set<String> taken) {
        String candidate = id;
        for (int k = 1; !taken.add(candidate); k++) {
            candidate = k < 26 ? id + (char) ('a' + k) : id + "-" + (k + 1);
        }
        return candidate;
    }

    /** The outermost ADR folder holding {@code file}; a repo root found by content holds only its own files. */
    private static String outermost(List<AdrFolders.Root> roots, String file) {
        String best = null;
        for (AdrFolders.Root r : roots) {
            boolean holds = r.path().isEmpty() && !r.deep() ? FileIndex.parent(file).isEmpty()
                    : AdrPaths.within(file, r.path());
            if (holds && (best == null || r.path().length() < best.length())) {
                best = r.path();
            }
        }
        return best == null ? FileIndex.parent(file) : best;
    }

    public AdrFolders.Found found() {
        return found;
    }

    /** The ADR files in path order. */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * The entry for {@code path}; a file the catalog does not know (a new, unsaved file) is named on the spot
     * against the known ones.
     */
    public Entry entry(String path) {
        Entry known = entries.get(path);
        if (known != null) {
            return known;
        }
        String folder = outermost(found.roots(), path);
        String sub = AdrPaths.relative(FileIndex.parent(path), folder);
        AdrFileNames.Name n = AdrFileNames.parse(path);
        List<String> dups = n.hasNumber() ? entries.values().stream()
                .filter(e -> n.key().equals(e.name().key())).map(Entry::path).toList() : List.of();
        String id = n.defaultId();
        if (!dups.isEmpty() && !sub.isEmpty()) {
            id = "ADR-" + sub.replace('/', '-') + "-" + n.key();
        }
        Set<String> taken = new HashSet<>();
        entries.values().forEach(e -> taken.add(e.id()));
        return new Entry(path, folder, sub, n, unique(id, taken), dups);
    }
}
