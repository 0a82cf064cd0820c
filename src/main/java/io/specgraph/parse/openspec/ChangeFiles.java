package io.specgraph.parse.openspec;

import io.specgraph.model.OpenSpecArtifact;
import io.specgraph.model.OpenSpecDelta;
import io.specgraph.model.OpenSpecDelta.DeltaFile;
import io.specgraph.model.OpenSpecSchema;
import io.specgraph.parse.FileIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The files of one change folder as OpenSpec sees them: its delta spec files (capability {@code spec.md} files,
 * {@code specs/spec.md}, other markdown), the files its schema's artifacts generate, and whether the folder only
 * wraps nested change folders.
 */
final class ChangeFiles {

    static final String META = ".openspec.yaml";
    private static final Set<String> ROOT_MARKERS = Set.of(META, "proposal.md", "tasks.md", "design.md");

    private final FileIndex index;
    private final String dir;

    ChangeFiles(FileIndex index, String dir) {
        this.index = index;
        this.dir = dir;
    }

    /** Every file of the change, repo-relative. */
    List<String> all() {
        return index.under(dir);
    }

    /** Every file of the change relative to its folder. */
    List<String> relative() {
        return all().stream().map(f -> f.substring(dir.length() + 1)).toList();
    }

    /** A markdown file under {@code specs/} and how OpenSpec treats it. */
    record DeltaCandidate(String path, String entryPath, String capability, DeltaFile file) {
    }

    /** Markdown files under {@code specs/} that OpenSpec's discovery sees (no dot entries on the way). */
    List<DeltaCandidate> deltaCandidates() {
        List<DeltaCandidate> out = new ArrayList<>();
        String specs = FileIndex.join(dir, "specs");
        for (String f : index.under(specs)) {
            String entry = f.substring(specs.length() + 1);
            if (hasDotSegment(entry)) {
                continue;
            }
            String name = FileIndex.name(entry);
            String parent = FileIndex.parent(entry);
            if (name.equals("spec.md")) {
                out.add(new DeltaCandidate(f, entry, parent, parent.isEmpty() ? DeltaFile.ROOT_SPEC
                        : DeltaFile.CAPABILITY_SPEC));
            } else if (name.toLowerCase(Locale.ROOT).endsWith(".md")) {
                String cap = parent.isEmpty() ? name.substring(0, name.length() - 3) : parent;
                out.add(new DeltaCandidate(f, entry, cap, DeltaFile.OTHER_MARKDOWN));
            }
        }
        return out;
    }

    /** Any non-dot file under {@code specs/} ({@code hasAnyFileUnder}). */
    boolean specsHasFiles() {
        String specs = FileIndex.join(dir, "specs");
        return index.under(specs).stream().anyMatch(f -> !hasDotSegment(f.substring(specs.length() + 1)));
    }

    /** The files (relative to the change folder, sorted) an artifact's {@code generates} names or matches. */
    List<String> outputs(String generates) {
        List<String> rel = relative();
        if (!Glob.isGlob(generates)) {
            String norm = generates.replace('\\', '/');
            return rel.contains(norm) ? List.of(norm) : List.of();
        }
        return Glob.of(generates).filter(rel);
    }

    /** {@code .openspec.yaml} files below the change folder's own, where OpenSpec never reads them. */
    List<String> strayMetadata() {
        String own = FileIndex.join(dir, META);
        return all().stream().filter(f -> FileIndex.name(f).equals(META) && !f.equals(own)).toList();
    }

    /**
     * When the folder holds no change of its own (no root artifact, nothing under {@code specs/}, no schema output,
     * no file of its own) but wraps change folders up to three levels down, their paths relative to
     * {@code changes/}; else empty.
     */
    List<String> nested(String name, OpenSpecSchema schema) {
        if (looksLikeChange(dir, schema) || !index.filesIn(dir).stream()
                .filter(f -> !FileIndex.name(f).startsWith(".")).toList().isEmpty()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        collect(dir, name, 1, schema, found);
        found.sort(null);
        return found;
    }

    private void collect(String folder, String prefix, int depth, OpenSpecSchema schema, List<String> found) {
        if (depth > 3) {
            return;
        }
        for (String child : index.dirsIn(folder)) {
            String id = prefix + "/" + FileIndex.name(child);
            if (looksLikeChange(child, schema)) {
                found.add(id);
            } else {
                collect(child, id, depth + 1, schema, found);
            }
        }
    }

    private boolean looksLikeChange(String folder, OpenSpecSchema schema) {
        for (String marker : ROOT_MARKERS) {
            if (index.isFile(FileIndex.join(folder, marker))) {
                return true;
            }
        }
        if (new ChangeFiles(index, folder).specsHasFiles()) {
            return true;
        }
        if (schema == null) {
            return false;
        }
        ChangeFiles other = new ChangeFiles(index, folder);
        for (OpenSpecArtifact a : schema.artifacts()) {
            if (!other.outputs(a.generates()).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    static boolean hasDotSegment(String relPath) {
        for (String seg : relPath.split("/")) {
            if (seg.startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
