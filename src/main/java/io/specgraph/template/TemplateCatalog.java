package io.specgraph.template;

import io.specgraph.model.Finding;
import io.specgraph.model.Layout;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.RepoRole;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which template applies to a new document, per kind and repo, and where it came from. A repo's own format
 * templates win (spec-kit's override order, its OpenSpec schema's templates, its ADR log's template), then the
 * repo's {@code templates/} folder, then a platform repo's {@code templates/} folder, then the built-in template.
 * Immutable; built once per workspace snapshot.
 */
public final class TemplateCatalog {

    /**
     * The template that applies to {@code kind} in {@code repo} ("" for the workspace default), and the candidates
     * it wins over, in order.
     */
    public record Entry(TemplateKind kind, String repo, Template template, List<Template> shadowed) {
        public Entry {
            Objects.requireNonNull(kind, "kind");
            repo = repo == null ? "" : repo;
            Objects.requireNonNull(template, "template");
            shadowed = List.copyOf(shadowed);
        }
    }

    private final List<String> repos;
    private final Map<String, RepoTemplates.Found> found;
    private final Map<TemplateKind, List<Template>> platform;
    private final List<Finding> problems;

    private TemplateCatalog(List<String> repos, Map<String, RepoTemplates.Found> found) {
        this.repos = List.copyOf(repos);
        this.found = found;
        Map<TemplateKind, List<Template>> plat = new EnumMap<>(TemplateKind.class);
        List<Finding> all = new ArrayList<>();
        found.forEach((name, f) -> {
            all.addAll(f.problems());
            f.folder().forEach((kind, t) -> {
                if (t.origin() == TemplateOrigin.PLATFORM_FOLDER) {
                    plat.computeIfAbsent(kind, k -> new ArrayList<>()).add(t);
                }
            });
        });
        this.platform = plat;
        this.problems = List.copyOf(all);
    }

    /** The built-in templates only. */
    public static TemplateCatalog builtIn() {
        return new TemplateCatalog(List.of(), Map.of());
    }

    /** The templates of {@code repos} (a workspace's {@code graph().repos()}), in the order given. */
    public static TemplateCatalog of(Collection<RepoInfo> repos) {
        Map<String, RepoTemplates.Found> found = new LinkedHashMap<>();
        List<RepoInfo> sorted = repos.stream().sorted(Comparator.comparing(RepoInfo::name)).toList();
        for (RepoInfo r : sorted) {
            found.put(r.name(), RepoTemplates.scan(r));
        }
        return new TemplateCatalog(sorted.stream().map(RepoInfo::name).toList(), found);
    }

    /**
     * The templates of repo folders read without a workspace: each is named after its folder, and is a platform repo
     * when it has a {@code constitution/}, {@code initiatives/} or {@code platform-specs/} folder.
     */
    public static TemplateCatalog ofFolders(List<Path> folders) {
        List<RepoInfo> infos = new ArrayList<>();
        for (Path f : folders) {
            Path abs = f.toAbsolutePath().normalize();
            boolean platform = Files.isDirectory(abs.resolve("constitution"))
                    || Files.isDirectory(abs.resolve("initiatives"))
                    || Files.isDirectory(abs.resolve("platform-specs"));
            String name = abs.getFileName() == null ? "repo" : abs.getFileName().toString();
            infos.add(new RepoInfo(name, platform ? RepoRole.PLATFORM : RepoRole.COMPONENT, abs,
                    platform ? List.of(Layout.SEED_PLATFORM) : List.of(), name, null));
        }
        return of(infos);
    }

    /** The template for a new document of {@code kind} anywhere in the workspace (platform folder, else built-in). */
    public Template template(TemplateKind kind) {
        return candidates(kind, "").get(0);
    }

    /** The template for a new document of {@code kind} in {@code repo}. */
    public Template template(TemplateKind kind, String repo) {
        return candidates(kind, repo).get(0);
    }

    /** Every template that could apply to {@code kind} in {@code repo} ("" for any repo), the winner first. */
    public List<Template> candidates(TemplateKind kind, String repo) {
        List<Template> out = new ArrayList<>();
        RepoTemplates.Found own = repo == null ? null : found.get(repo);
        if (own != null) {
            out.addAll(own.local().getOrDefault(kind, List.of()));
            Template folder = own.folder().get(kind);
            if (folder != null && folder.origin() == TemplateOrigin.REPO_FOLDER) {
                out.add(folder);
            }
        }
        out.addAll(platform.getOrDefault(kind, List.of()));
        out.add(BuiltinTemplates.of(kind));
        return List.copyOf(out);
    }

    /**
     * Per kind, the workspace default; then, per repo whose own templates change the winner, that repo's entry.
     * Kinds in declaration order, repos by name.
     */
    public List<Entry> entries() {
        List<Entry> out = new ArrayList<>();
        for (TemplateKind kind : TemplateKind.values()) {
            List<Template> def = candidates(kind, "");
            out.add(new Entry(kind, "", def.get(0), def.subList(1, def.size())));
            for (String repo : repos) {
                List<Template> mine = candidates(kind, repo);
                if (mine.get(0) != def.get(0)) {
                    out.add(new Entry(kind, repo, mine.get(0), mine.subList(1, mine.size())));
                }
            }
        }
        return out;
    }

    /** The repos read, by name. */
    public List<String> repos() {
        return repos;
    }

    /** Template files that could not be read (not UTF-8, unreadable); they are left out. */
    public List<Finding> problems() {
        return problems;
    }
}
