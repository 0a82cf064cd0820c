package io.specgraph.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * spec-kit's template resolution in one project (the folder holding {@code .specify/}), as its
 * {@code resolve_template} does: 1 {@code .specify/templates/overrides/<name>.md}; 2 each installed preset's
 * {@code .specify/presets/<id>/templates/<name>.md}, in the order of the preset registry
 * ({@code .specify/presets/.registry}: lower {@code priority} first, default 10, disabled presets skipped; without
 * a readable registry, preset folders by name); 3 each extension's {@code .specify/extensions/<id>/templates/<name>.md}
 * by folder name; 4 the core {@code .specify/templates/<name>.md}. Hidden folders are skipped.
 */
final class SpecKitTemplates {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A candidate file: where it ranks and its path relative to the project folder. */
    record Candidate(TemplateOrigin origin, String path) {
    }

    private SpecKitTemplates() {
    }

    /** Every existing candidate for template {@code name} ({@code spec-template}), the winner first. */
    static List<Candidate> resolve(Path project, String name) {
        String file = name + ".md";
        List<Candidate> out = new ArrayList<>();
        add(out, project, TemplateOrigin.SPEC_KIT_OVERRIDE, ".specify/templates/overrides/" + file);
        for (String preset : presets(project.resolve(".specify/presets"))) {
            add(out, project, TemplateOrigin.SPEC_KIT_PRESET, ".specify/presets/" + preset + "/templates/" + file);
        }
        for (String ext : folders(project.resolve(".specify/extensions"))) {
            add(out, project, TemplateOrigin.SPEC_KIT_EXTENSION, ".specify/extensions/" + ext + "/templates/" + file);
        }
        add(out, project, TemplateOrigin.SPEC_KIT_CORE, ".specify/templates/" + file);
        return out;
    }

    private static void add(List<Candidate> out, Path project, TemplateOrigin origin, String rel) {
        if (Files.isRegularFile(project.resolve(rel))) {
            out.add(new Candidate(origin, rel));
        }
    }

    /** Preset ids in search order: by the registry when it reads, else by folder name. */
    static List<String> presets(Path presetsDir) {
        if (!Files.isDirectory(presetsDir)) {
            return List.of();
        }
        Path registry = presetsDir.resolve(".registry");
        if (Files.isRegularFile(registry)) {
            try {
                JsonNode presets = JSON.readTree(registry.toFile()).path("presets");
                record Ranked(String id, double priority, int order) {
                }
                List<Ranked> ranked = new ArrayList<>();
                Iterator<Map.Entry<String, JsonNode>> it = presets.fields();
                int order = 0;
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode meta = e.getValue();
                    double priority = meta.isObject() && meta.path("priority").isNumber()
                            ? meta.path("priority").asDouble() : 10;
                    boolean enabled = !meta.isObject() || !meta.path("enabled").isBoolean()
                            || meta.path("enabled").asBoolean();
                    if (meta.isObject() && enabled) {
                        ranked.add(new Ranked(e.getKey(), priority, order++));
                    }
                }
                return ranked.stream().sorted(Comparator.comparingDouble(Ranked::priority)
                        .thenComparingInt(Ranked::order)).map(Ranked::id).toList();
            } catch (IOException | RuntimeException e) {
                // an unreadable registry: spec-kit falls back to the folder scan
            }
        }
        return folders(presetsDir);
    }

    /** Non-hidden sub-folders by name. */
    static List<String> folders(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
