package io.specgraph.template;

import io.specgraph.model.Finding;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.RepoRole;
import io.specgraph.parse.DocumentLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The templates one repo keeps: format templates that apply to its own documents (spec-kit projects, its OpenSpec
 * schema, its ADR log) and its {@code templates/} folder.
 */
final class RepoTemplates {

    private static final Pattern SCHEMA = Pattern.compile("(?m)^schema:[ \\t]*['\"]?([\\w.-]+)['\"]?[ \\t]*(#.*)?$");
    private static final List<String> ADR_FOLDERS = List.of("doc/adr", "docs/adr", "adr", "docs/decisions",
            "docs/architecture/decisions", "decisions");
    private static final int SPECIFY_DEPTH = 4;

    /** Templates of one repo by kind, winner first; {@code folder} holds the {@code templates/} folder's. */
    record Found(Map<TemplateKind, List<Template>> local, Map<TemplateKind, Template> folder, List<Finding> problems) {
    }

    private final RepoInfo repo;
    private final Path root;
    private final List<Finding> problems = new ArrayList<>();

    private RepoTemplates(RepoInfo repo) {
        this.repo = repo;
        this.root = repo.path();
    }

    static Found scan(RepoInfo repo) {
        return new RepoTemplates(repo).scan();
    }

    private Found scan() {
        Map<TemplateKind, List<Template>> local = new EnumMap<>(TemplateKind.class);
        for (String project : specKitProjects()) {
            Path dir = project.isEmpty() ? root : root.resolve(project);
            String prefix = project.isEmpty() ? "" : project + "/";
            for (SpecKitTemplates.Candidate c : SpecKitTemplates.resolve(dir, "spec-template")) {
                read(TemplateKind.SPEC_KIT_SPEC, c.origin(), prefix + c.path()).ifPresent(t -> addTo(local, t));
            }
        }
        String schema = openSpecSchema();
        if (schema != null) {
            String base = "openspec/schemas/" + schema + "/templates/";
            read(TemplateKind.OPENSPEC_PROPOSAL, TemplateOrigin.OPENSPEC_SCHEMA, base + "proposal.md")
                    .ifPresent(t -> addTo(local, t));
            read(TemplateKind.OPENSPEC_TASKS, TemplateOrigin.OPENSPEC_SCHEMA, base + "tasks.md")
                    .ifPresent(t -> addTo(local, t));
            read(TemplateKind.OPENSPEC_DELTA, TemplateOrigin.OPENSPEC_SCHEMA, base + "spec.md")
                    .ifPresent(t -> addTo(local, t));
        }
        for (String dir : adrFolders()) {
            read(TemplateKind.ADR_NYGARD, TemplateOrigin.ADR_LOG, dir + "/templates/template.md")
                    .ifPresent(t -> addTo(local, t));
            read(TemplateKind.ADR_MADR, TemplateOrigin.ADR_LOG, dir + "/adr-template.md")
                    .ifPresent(t -> addTo(local, t));
        }
        Map<TemplateKind, Template> folder = new EnumMap<>(TemplateKind.class);
        TemplateOrigin origin = repo.role() == RepoRole.PLATFORM ? TemplateOrigin.PLATFORM_FOLDER
                : TemplateOrigin.REPO_FOLDER;
        if (Files.isDirectory(root.resolve("templates"))) {
            for (TemplateKind kind : TemplateKind.values()) {
                for (String name : kind.repoFileNames()) {
                    var t = read(kind, origin, "templates/" + name);
                    if (t.isPresent()) {
                        folder.put(kind, t.get());
                        break;
                    }
                }
            }
        }
        return new Found(local, folder, List.copyOf(problems));
    }

    private static void addTo(Map<TemplateKind, List<Template>> map, Template t) {
        map.computeIfAbsent(t.kind(), k -> new ArrayList<>()).add(t);
    }

    private java.util.Optional<Template> read(TemplateKind kind, TemplateOrigin origin, String rel) {
        if (!Files.isRegularFile(root.resolve(rel))) {
            return java.util.Optional.empty();
        }
        DocumentLoader.Loaded loaded = DocumentLoader.load(repo.name(), root, rel);
        if (!loaded.ok()) {
            problems.add(loaded.problem());
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Template(kind, origin, repo.name(), rel, loaded.document()));
    }

    /** Folders (repo-relative, "" for the root) holding a {@code .specify/} folder, root first, then by path. */
    private List<String> specKitProjects() {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root, SPECIFY_DEPTH)) {
            s.filter(p -> p.getFileName() != null && p.getFileName().toString().equals(".specify"))
                    .filter(Files::isDirectory)
                    .filter(p -> !skipped(root.relativize(p.getParent() == null ? root : p.getParent())))
                    .map(p -> root.relativize(p.getParent()).toString().replace('\\', '/'))
                    .sorted((a, b) -> a.isEmpty() ? -1 : b.isEmpty() ? 1 : a.compareTo(b))
                    .forEach(out::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            // an unreadable folder: no spec-kit templates from it
        }
        return out;
    }

    private static boolean skipped(Path rel) {
        for (Path part : rel) {
            String n = part.toString();
            if (n.startsWith(".") || n.equals("node_modules") || n.equals("target")) {
                return true;
            }
        }
        return false;
    }

    /** The schema a new OpenSpec change uses ({@code openspec/config.yaml}'s {@code schema}); null without one. */
    private String openSpecSchema() {
        Path dir = root.resolve("openspec");
        if (!Files.isDirectory(dir)) {
            return null;
        }
        for (String name : List.of("config.yaml", "config.yml")) {
            Path config = dir.resolve(name);
            if (Files.isRegularFile(config)) {
                try {
                    Matcher m = SCHEMA.matcher(Files.readString(config, StandardCharsets.UTF_8));
                    if (m.find()) {
                        return m.group(1);
                    }
                } catch (IOException | RuntimeException e) {
                    // unreadable config: the default schema
                }
            }
        }
        return "spec-driven";
    }

    /** ADR folders: the one {@code .adr-dir} names, then the well-known ones that exist. */
    private List<String> adrFolders() {
        Set<String> out = new LinkedHashSet<>();
        Path adrDir = root.resolve(".adr-dir");
        if (Files.isRegularFile(adrDir)) {
            try {
                String dir = Files.readString(adrDir, StandardCharsets.UTF_8).strip().replace('\\', '/');
                if (!dir.isEmpty() && !dir.startsWith("/") && !dir.contains("..")) {
                    out.add(dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir);
                }
            } catch (IOException | RuntimeException e) {
                // unreadable: the well-known folders only
            }
        }
        for (String d : ADR_FOLDERS) {
            if (Files.isDirectory(root.resolve(d))) {
                out.add(d);
            }
        }
        return List.copyOf(out);
    }
}
