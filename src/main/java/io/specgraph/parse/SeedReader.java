package io.specgraph.parse;

import io.specgraph.model.FanOutTask;
import io.specgraph.model.Finding;
import io.specgraph.model.Layout;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the seeds' two-tier layout (seed 001 §1.4). Platform: {@code constitution/}, {@code initiatives/},
 * {@code platform-specs/} (files, or folders with spec/plan/tasks), {@code contracts/}, {@code domains/}.
 * Component: {@code specs/} (component, bug and hotfix specs; files or folders) and owned {@code contracts/}.
 * ADR folders and {@code context/} are read by their own readers.
 */
public final class SeedReader implements LayoutReader {

    private static final Set<String> SKIP_NAMES = Set.of("readme.md", "index.md", "_index.md", "template.md");

    private final Layout layout;

    public SeedReader(Layout layout) {
        if (layout != Layout.SEED_PLATFORM && layout != Layout.SEED_COMPONENT) {
            throw new IllegalArgumentException("not a seed layout: " + layout);
        }
        this.layout = layout;
    }

    @Override
    public Layout layout() {
        return layout;
    }

    @Override
    public boolean detect(FileIndex files) {
        if (layout == Layout.SEED_PLATFORM) {
            return files.isDir("constitution") || files.isDir("initiatives") || files.isDir("platform-specs");
        }
        return files.isDir("specs") && !files.isDir(".specify") && !files.isDir(".kittify")
                && (files.isDir("context") || files.isDir("adr") || files.isDir("contracts"));
    }

    @Override
    public List<Unit> units(RepoContext repo) {
        FileIndex files = repo.files();
        List<Unit> units = new ArrayList<>();
        if (layout == Layout.SEED_PLATFORM) {
            List<String> constitution = files.under("constitution").stream().filter(FileIndex::isMarkdown).toList();
            if (!constitution.isEmpty()) {
                units.add(new Unit(layout, "constitution", mainConstitution(constitution), constitution));
            }
            documents(files, "initiatives", "initiative", units);
            specs(files, "platform-specs", "platform-spec", units);
            documents(files, "domains", "domain", units);
        } else {
            specs(files, "specs", "component-spec", units);
        }
        documents(files, "contracts", "contract", units);
        return units;
    }

    private void documents(FileIndex files, String dir, String type, List<Unit> units) {
        for (String f : files.under(dir)) {
            if (FileIndex.isMarkdown(f) && !skipped(f)) {
                units.add(Unit.of(layout, type, f));
            }
        }
    }

    /** Spec files directly in the folder tree, or folders holding a {@code spec.md}. */
    private void specs(FileIndex files, String dir, String type, List<Unit> units) {
        List<String> featureDirs = new ArrayList<>();
        for (String f : files.under(dir)) {
            if (FileIndex.name(f).equals("spec.md") && !FileIndex.parent(f).equals(dir)) {
                featureDirs.add(FileIndex.parent(f));
            }
        }
        java.util.Set<String> claimed = new java.util.HashSet<>();
        for (String d : featureDirs) {
            List<String> inside = files.under(d);
            claimed.addAll(inside);
            units.add(new Unit(layout, type + "-folder", d, inside));
        }
        for (String f : files.under(dir)) {
            if (!FileIndex.isMarkdown(f) || skipped(f) || claimed.contains(f)) {
                continue;
            }
            units.add(Unit.of(layout, type, f));
        }
    }

    private static boolean skipped(String path) {
        String name = FileIndex.name(path).toLowerCase(Locale.ROOT);
        return SKIP_NAMES.contains(name) || name.startsWith("_") || path.contains("/templates/")
                || path.startsWith("templates/");
    }

    private static String mainConstitution(List<String> files) {
        for (String preferred : List.of("constitution/constitution.md", "constitution/README.md", "constitution/index.md")) {
            if (files.contains(preferred)) {
                return preferred;
            }
        }
        return files.get(0);
    }

    @Override
    public ReadResult read(RepoContext repo, Unit unit, DocumentSource docs) {
        NodeKind kind = switch (unit.type()) {
            case "constitution" -> NodeKind.CONSTITUTION;
            case "initiative" -> NodeKind.INITIATIVE;
            case "platform-spec", "platform-spec-folder" -> NodeKind.PLATFORM_SPEC;
            case "domain" -> NodeKind.DOMAIN;
            case "contract" -> NodeKind.CONTRACT;
            default -> specKind(unit.path());
        };
        if (unit.type().endsWith("-folder")) {
            return Features.read(repo, unit, docs, layout, kind, md -> List.of());
        }
        String main = unit.path();
        DocumentLoader.Loaded loaded = docs.load(main);
        if (!loaded.ok()) {
            return ReadResult.problem(loaded.problem());
        }
        MarkdownDoc md = MarkdownDoc.of(repo.repo(), loaded.document());
        String defaultId = switch (kind) {
            case CONSTITUTION -> "constitution";
            case DOMAIN -> FileIndex.stem(main);
            default -> Nodes.idFromFileName(main);
        };
        List<Finding> findings = new ArrayList<>();
        Node node = Nodes.draft(repo, layout, main, kind, defaultId).markdown(md).files(unit.files())
                .parts(kind == NodeKind.PLATFORM_SPEC
                        ? Parts.EMPTY.with(FanOutTask.class, Features.fanOutTasks(md)) : Parts.EMPTY)
                .build(findings);
        if (node.kind() == NodeKind.COMPONENT_SPEC && !md.metadata().has("kind")) {
            node = node.withKind(specKind(node.id(), main));
        }
        List<Finding> all = new ArrayList<>(Nodes.attribute(md.findings(), node.id()));
        all.addAll(Nodes.attribute(findings, node.id()));
        return ReadResult.of(node, all);
    }

    private static NodeKind specKind(String path) {
        return specKind(Nodes.idFromFileName(path), path);
    }

    /** Bug and hotfix specs by id prefix ({@code BUG-200}, {@code HOTFIX-01}) or folder ({@code specs/bugs/}). */
    static NodeKind specKind(String id, String path) {
        String i = id.toUpperCase(Locale.ROOT);
        String p = path.toLowerCase(Locale.ROOT);
        if (i.startsWith("HOTFIX") || p.contains("/hotfix")) {
            return NodeKind.HOTFIX;
        }
        if (i.startsWith("BUG") || p.contains("/bugs/") || p.contains("/bug/")) {
            return NodeKind.BUG;
        }
        return NodeKind.COMPONENT_SPEC;
    }
}
