package io.specgraph.engine.view.commit;

import io.specgraph.engine.view.NaturalOrder;
import io.specgraph.git.GitException;
import io.specgraph.git.GitRepo;
import io.specgraph.git.RepoStatus;
import io.specgraph.model.Finding;
import io.specgraph.model.Keys;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.RepoSpec;
import io.specgraph.model.Severity;
import io.specgraph.parse.DocumentLoader;
import io.specgraph.parse.DocumentSource;
import io.specgraph.parse.FileIndex;
import io.specgraph.parse.ReadRules;
import io.specgraph.parse.RepoPlan;
import io.specgraph.parse.RepoReader;
import io.specgraph.parse.Unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the uncommitted changes of a repo mean for its documents: the documents touched by the changed files are read
 * twice with the normal readers — as of the last commit (HEAD, read through git) and as in the work tree — and
 * compared by id: added, removed, metadata changed (per key), or only the text. Changed files no document covers
 * are noted as files. Deterministic: documents by id (natural order), then files by path.
 */
public final class DocumentChanges {

    static final String TEXT = "text";

    private final RepoReader reader;

    public DocumentChanges() {
        this(RepoReader.standard());
    }

    public DocumentChanges(RepoReader reader) {
        this.reader = reader;
    }

    /** The notes for {@code files}, the changed files of the repo {@code spec} (as its status lists them). */
    public List<ChangeNote> of(RepoSpec spec, List<RepoStatus.FileChange> files) throws GitException {
        if (files.isEmpty()) {
            return List.of();
        }
        Set<String> changed = new LinkedHashSet<>();
        files.forEach(f -> changed.add(f.path()));
        Map<String, Node> before;
        try (GitRepo git = GitRepo.open(spec.path())) {
            DocumentSource head = headSource(spec.name(), git);
            RepoPlan plan = reader.plan(spec, head, FileIndex.of(git.headFiles()));
            before = nodes(plan, head, changed);
        }
        DocumentSource disk = DocumentSource.disk(spec.name(), spec.path());
        Map<String, Node> after = nodes(reader.plan(spec, disk), disk, changed);
        List<ChangeNote> docs = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        Set<String> ids = new TreeSet<>(NaturalOrder.INSTANCE);
        ids.addAll(before.keySet());
        ids.addAll(after.keySet());
        for (String id : ids) {
            Node a = before.get(id);
            Node b = after.get(id);
            ChangeNote note = note(spec.name(), id, a, b, changed);
            if (note != null) {
                docs.add(note);
                if (a != null) {
                    covered.addAll(a.files());
                }
                if (b != null) {
                    covered.addAll(b.files());
                }
            }
        }
        List<ChangeNote> out = new ArrayList<>(docs);
        files.stream().filter(f -> !covered.contains(f.path()))
                .sorted(Comparator.comparing(RepoStatus.FileChange::path))
                .forEach(f -> out.add(fileNote(spec.name(), f)));
        return out;
    }

    private static ChangeNote fileNote(String repo, RepoStatus.FileChange f) {
        return switch (f.change()) {
            case ADDED, UNTRACKED -> new ChangeNote(repo, f.path(), ChangeNote.Type.ADD, List.of());
            case DELETED -> new ChangeNote(repo, f.path(), ChangeNote.Type.REMOVE, List.of());
            default -> new ChangeNote(repo, f.path(), ChangeNote.Type.FILE, List.of());
        };
    }

    private static ChangeNote note(String repo, String id, Node a, Node b, Set<String> changed) {
        if (a == null) {
            return new ChangeNote(repo, id, ChangeNote.Type.ADD, List.of());
        }
        if (b == null) {
            return new ChangeNote(repo, id, ChangeNote.Type.REMOVE, List.of());
        }
        List<String> details = MetaDiff.details(a, b);
        if (details.isEmpty() && (touched(a, changed) || touched(b, changed))) {
            details = List.of(TEXT);
        }
        return details.isEmpty() ? null : new ChangeNote(repo, id, ChangeNote.Type.CHANGE, details);
    }

    private static boolean touched(Node n, Set<String> changed) {
        return n.files().stream().anyMatch(changed::contains);
    }

    /** The nodes of the units that hold a changed file, by id (the first of an id wins). */
    private Map<String, Node> nodes(RepoPlan plan, DocumentSource docs, Set<String> changed) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (Unit u : plan.units()) {
            if (u.files().stream().anyMatch(changed::contains) || changed.contains(u.path())) {
                for (Node n : reader.read(plan.context(), u, docs).nodes()) {
                    out.putIfAbsent(n.id(), n);
                }
            }
        }
        return out;
    }

    /** Reads files as they are in HEAD (cached: readers may ask twice); never throws, as a source must not. */
    private static DocumentSource headSource(String repo, GitRepo git) {
        Map<String, DocumentLoader.Loaded> cache = new HashMap<>();
        return rel -> cache.computeIfAbsent(rel, p -> {
            try {
                Optional<byte[]> bytes = git.readAtHead(p);
                if (bytes.isPresent()) {
                    return DocumentLoader.fromBytes(repo, p, bytes.get());
                }
                return missing(repo, p, "the last commit has no file " + p);
            } catch (GitException e) {
                return missing(repo, p, e.getMessage());
            }
        });
    }

    private static DocumentLoader.Loaded missing(String repo, String path, String why) {
        return new DocumentLoader.Loaded(null, Finding.atFile(ReadRules.UNREADABLE, Severity.ERROR, repo, path, 0, 0,
                why, "commit the file first"));
    }

    /** Metadata written in a document (derived values left out), by canonical key. */
    static Map<String, MetaValue> written(Node n) {
        Map<String, MetaValue> out = new LinkedHashMap<>();
        n.meta().asMap().forEach((k, v) -> {
            if (v.source() != MetaSource.DERIVED && !k.equals(Keys.ID)) {
                out.put(k, v);
            }
        });
        return out;
    }
}
