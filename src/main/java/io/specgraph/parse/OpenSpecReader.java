package io.specgraph.parse;

import io.specgraph.model.Layout;
import io.specgraph.parse.openspec.CapabilityReader;
import io.specgraph.parse.openspec.ChangeReader;
import io.specgraph.parse.openspec.OpenSpecRoots;
import io.specgraph.parse.openspec.ProjectReader;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads OpenSpec projects (model.md §1): every {@code openspec/} folder holding {@code specs/} or
 * {@code changes/}. Units: one per capability ({@code specs/<capability-path>/spec.md}, found as OpenSpec finds
 * them: any depth, not directly in {@code specs/}, no dot folders; other files beside the {@code spec.md} belong to
 * the capability), one per change folder under {@code changes/}
 * (not {@code archive}), one per archived change under {@code changes/archive/}. Other folders next to
 * {@code specs/} and {@code changes/} are not read.
 */
public final class OpenSpecReader implements LayoutReader {

    static final String CAPABILITY = "capability";
    static final String CHANGE = "change";
    static final String ARCHIVED_CHANGE = "archived-change";

    @Override
    public Layout layout() {
        return Layout.OPENSPEC;
    }

    @Override
    public boolean detect(FileIndex files) {
        return !OpenSpecRoots.find(files).isEmpty();
    }

    @Override
    public List<Unit> units(RepoContext repo) {
        FileIndex files = repo.files();
        List<Unit> units = new ArrayList<>();
        for (String root : OpenSpecRoots.find(files)) {
            String specs = FileIndex.join(root, "specs");
            for (String f : files.under(specs)) {
                if (FileIndex.name(f).equals("spec.md") && !FileIndex.parent(f).equals(specs)) {
                    List<String> capabilityFiles = new ArrayList<>(List.of(f));
                    files.filesIn(FileIndex.parent(f)).stream().filter(x -> !x.equals(f)).forEach(capabilityFiles::add);
                    units.add(new Unit(Layout.OPENSPEC, CAPABILITY, f, capabilityFiles));
                }
            }
            List<String> project = ProjectReader.files(files, root);
            String changes = FileIndex.join(root, "changes");
            String archive = FileIndex.join(changes, "archive");
            for (String dir : files.dirsIn(changes)) {
                if (!dir.equals(archive)) {
                    units.add(change(CHANGE, dir, files, project));
                }
            }
            for (String dir : files.dirsIn(archive)) {
                units.add(change(ARCHIVED_CHANGE, dir, files, project));
            }
        }
        return units;
    }

    private static Unit change(String type, String dir, FileIndex files, List<String> project) {
        List<String> all = new ArrayList<>(files.under(dir));
        all.addAll(project);
        return new Unit(Layout.OPENSPEC, type, dir, all);
    }

    @Override
    public ReadResult read(RepoContext repo, Unit unit, DocumentSource docs) {
        String root = OpenSpecRoots.rootOf(OpenSpecRoots.find(repo.files()), unit.path());
        if (root == null) {
            return ReadResult.EMPTY;
        }
        if (unit.type().equals(CAPABILITY)) {
            return CapabilityReader.read(repo, unit, docs, root);
        }
        return ChangeReader.read(repo, unit, docs, root);
    }
}
