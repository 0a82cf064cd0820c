package io.specgraph.parse;

import io.specgraph.model.Finding;
import io.specgraph.model.Layout;
import io.specgraph.model.Severity;
import io.specgraph.parse.adr.AdrCatalog;
import io.specgraph.parse.adr.AdrFile;
import io.specgraph.parse.adr.AdrFolders;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Reads ADR logs (model.md §1, §4): finds the ADR folders ({@link AdrFolders}), names every ADR file
 * ({@link AdrCatalog}) and reads each as an {@code adr} node ({@link AdrFile}). Units: one per ADR file (type
 * {@code adr}), one per {@code .adr-dir} file (type {@code adr-dir}: reports a folder it names that does not exist),
 * and one per workspace-set ADR folder that does not exist (type {@code adr-folder}).
 */
public final class AdrReader implements LayoutReader {

    static final String TYPE_ADR = "adr";
    static final String TYPE_ADR_DIR = "adr-dir";
    static final String TYPE_MISSING_FOLDER = "adr-folder";

    /** The catalog of the last plan of each repo, so that reading a unit does not look for folders again. */
    private final Map<FileIndex, Cached> cache = Collections.synchronizedMap(new WeakHashMap<>());

    private record Cached(List<String> adrDirs, AdrCatalog catalog) {
    }

    @Override
    public Layout layout() {
        return Layout.ADR;
    }

    @Override
    public boolean detect(FileIndex files) {
        return AdrFolders.present(files);
    }

    @Override
    public List<Unit> units(RepoContext repo) {
        AdrCatalog catalog = catalog(repo);
        List<Unit> units = new ArrayList<>();
        for (AdrCatalog.Entry e : catalog.entries()) {
            units.add(new Unit(Layout.ADR, TYPE_ADR, e.path(), List.of(e.path())));
        }
        for (String f : catalog.found().adrDirFiles()) {
            units.add(Unit.of(Layout.ADR, TYPE_ADR_DIR, f));
        }
        for (String folder : catalog.found().missingSettings()) {
            units.add(Unit.of(Layout.ADR, TYPE_MISSING_FOLDER, folder));
        }
        return units;
    }

    @Override
    public ReadResult read(RepoContext repo, Unit unit, DocumentSource docs) {
        return switch (unit.type()) {
            case TYPE_ADR_DIR -> readAdrDir(repo, unit, docs);
            case TYPE_MISSING_FOLDER -> ReadResult.problem(Finding.atFile(ReadRules.BAD_VALUE, Severity.WARNING,
                    repo.repo(), "", 0, 0, "the ADR folder '" + unit.path() + "' set for this repo does not exist",
                    "fix the ADR folder in the workspace file, or remove it to let Specgraph find the ADRs"));
            default -> AdrFile.read(repo, unit, docs, catalog(repo).entry(unit.path()));
        };
    }

    private static ReadResult readAdrDir(RepoContext repo, Unit unit, DocumentSource docs) {
        DocumentLoader.Loaded loaded = docs.load(unit.path());
        if (!loaded.ok()) {
            return ReadResult.problem(loaded.problem());
        }
        String target = AdrFolders.adrDirTarget(unit.path(), loaded.document());
        if (target == null) {
            return ReadResult.problem(Finding.atFile(ReadRules.BAD_VALUE, Severity.WARNING, repo.repo(), unit.path(),
                    1, 0, "'" + unit.path() + "' names no ADR folder inside the repo",
                    "write the ADR folder's path relative to this file, e.g. docs/adr"));
        }
        if (!repo.files().isDir(target)) {
            return ReadResult.problem(Finding.atFile(ReadRules.BAD_VALUE, Severity.WARNING, repo.repo(), unit.path(),
                    1, 0, "'" + unit.path() + "' names the ADR folder '" + target + "', which does not exist",
                    "create the folder, or correct the path in the file"));
        }
        return ReadResult.EMPTY;
    }

    /** Names the repo's ADR files reading the documents numbering needs from {@code docs} (see RepoReader#plan). */
    void prime(RepoContext repo, DocumentSource docs) {
        cache.put(repo.files(), new Cached(repo.adrDirs(), AdrCatalog.build(repo.files(), repo.adrDirs(), docs)));
    }

    private AdrCatalog catalog(RepoContext repo) {
        Cached c = cache.get(repo.files());
        if (c != null && c.adrDirs().equals(repo.adrDirs())) {
            return c.catalog();
        }
        DocumentSource disk = DocumentSource.disk(repo.repo(), repo.root());
        AdrCatalog built = AdrCatalog.build(repo.files(), repo.adrDirs(), disk);
        cache.put(repo.files(), new Cached(repo.adrDirs(), built));
        return built;
    }
}
