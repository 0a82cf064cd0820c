package io.specgraph.parse;

import io.specgraph.model.Layout;
import io.specgraph.parse.speckit.FeatureReader;
import io.specgraph.parse.speckit.Links;
import io.specgraph.parse.speckit.MemoryReader;
import io.specgraph.parse.speckit.SpecKitProjects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

/**
 * Reads GitHub spec-kit projects (formats.md §1): every folder holding {@code .specify/} is a project, so a
 * monorepo may hold several. Per project:
 * <ul>
 *   <li>{@code .specify/memory/constitution.md} (a fork's {@code charter.md} in its place) → one
 *       {@code constitution} node; the other files in {@code .specify/memory/} (outside {@code domains/}) belong to
 *       it as files but are not read;</li>
 *   <li>{@code .specify/memory/domains/*.md} → {@code domain} nodes (id from metadata, else the file name);</li>
 *   <li>feature folders ({@link SpecKitProjects}) → a spec node, {@code <id>/plan} and {@code <id>/tasks}
 *       ({@link FeatureReader}).</li>
 * </ul>
 * <b>Ids.</b> A feature is its folder name ({@code 001-cart}, {@code cart-01JABC…}), never its number; the
 * constitution is {@code constitution}. When the repo holds several projects, every id of a project below the
 * repo root is prefixed with the project folder ({@code apps/web/constitution}, {@code apps/web/001-login},
 * {@code apps/web/001-login/plan}), so ids stay unique in the repo; an explicit {@code id} in a document wins.
 */
public final class SpecKitReader implements LayoutReader {

    static final String CONSTITUTION = "constitution";
    static final String DOMAIN = "domain";
    static final String FEATURE = "feature";

    private static final Set<String> SKIP_DOMAINS = Set.of("readme.md", "index.md", "_index.md", "template.md");

    private final Map<FileIndex, SpecKitProjects> projects = Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public Layout layout() {
        return Layout.SPEC_KIT;
    }

    @Override
    public boolean detect(FileIndex files) {
        return !projects(files).isEmpty();
    }

    @Override
    public List<Unit> units(RepoContext repo) {
        FileIndex files = repo.files();
        SpecKitProjects p = projects(files);
        List<Unit> units = new ArrayList<>();
        for (String root : p.roots()) {
            String memory = SpecKitProjects.memory(root, files);
            String domains = memory + "/domains";
            String constitution = constitution(files, memory);
            if (constitution != null) {
                List<String> memoryFiles = new ArrayList<>();
                memoryFiles.add(constitution);
                for (String f : files.under(memory)) {
                    if (!f.equals(constitution) && !f.startsWith(domains + "/") && root.equals(p.projectOf(f))) {
                        memoryFiles.add(f);
                    }
                }
                units.add(new Unit(Layout.SPEC_KIT, CONSTITUTION, constitution, memoryFiles));
            }
            for (String f : files.under(domains)) {
                String name = FileIndex.name(f).toLowerCase(Locale.ROOT);
                if (FileIndex.isMarkdown(f) && !SKIP_DOMAINS.contains(name) && !name.startsWith("_")) {
                    units.add(Unit.of(Layout.SPEC_KIT, DOMAIN, f));
                }
            }
            List<String> features = p.features(files, root);
            for (String dir : features) {
                units.add(new Unit(Layout.SPEC_KIT, FEATURE, dir, p.featureFiles(files, root, dir, features)));
            }
        }
        return units;
    }

    /** {@code constitution.md}, else {@code charter.md}, directly in the memory folder (any case), else null. */
    private static String constitution(FileIndex files, String memory) {
        for (String wanted : List.of("constitution.md", "charter.md")) {
            for (String f : files.filesIn(memory)) {
                if (FileIndex.name(f).toLowerCase(Locale.ROOT).equals(wanted)) {
                    return f;
                }
            }
        }
        return null;
    }

    @Override
    public ReadResult read(RepoContext repo, Unit unit, DocumentSource docs) {
        SpecKitProjects p = projects(repo.files());
        String root = p.projectOf(unit.path());
        String prefix = p.idPrefix(root);
        Links links = new Links(repo.files(), repo.root(), root);
        return switch (unit.type()) {
            case CONSTITUTION -> MemoryReader.constitution(repo, unit, docs, prefix, links);
            case DOMAIN -> MemoryReader.domain(repo, unit, docs, prefix, links);
            case FEATURE -> FeatureReader.read(repo, unit, docs, prefix, links);
            default -> ReadResult.EMPTY;
        };
    }

    private SpecKitProjects projects(FileIndex files) {
        return projects.computeIfAbsent(files, SpecKitProjects::of);
    }
}
