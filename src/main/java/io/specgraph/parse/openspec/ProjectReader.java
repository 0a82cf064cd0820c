package io.specgraph.parse.openspec;

import io.specgraph.model.Finding;
import io.specgraph.model.OpenSpecConfig;
import io.specgraph.model.OpenSpecProject;
import io.specgraph.model.OpenSpecSchema;
import io.specgraph.model.Severity;
import io.specgraph.parse.DocumentLoader;
import io.specgraph.parse.DocumentSource;
import io.specgraph.parse.FileIndex;
import io.specgraph.parse.ReadRules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an OpenSpec project's settings: {@code openspec/config.yaml} (or {@code config.yml}) as OpenSpec's
 * resilient config reader does (a bad field is dropped, the rest kept), the legacy {@code project.md}, and the
 * workflow schemas in {@code openspec/schemas/<name>/schema.yaml}.
 */
public final class ProjectReader {

    private static final int MAX_CONTEXT_BYTES = 50 * 1024;

    private ProjectReader() {
    }

    /** The files the project settings come from (config, {@code project.md}, schema files). */
    public static List<String> files(FileIndex files, String root) {
        List<String> out = new ArrayList<>();
        for (String name : List.of("config.yaml", "config.yml", "project.md")) {
            String p = FileIndex.join(root, name);
            if (files.isFile(p)) {
                out.add(p);
            }
        }
        for (String dir : files.dirsIn(FileIndex.join(root, "schemas"))) {
            String p = FileIndex.join(dir, "schema.yaml");
            if (files.isFile(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Reads the project at {@code root}; problems (a config or schema that does not parse) go to {@code findings}. */
    public static OpenSpecProject read(String repo, FileIndex files, DocumentSource docs, String root,
                                       List<Finding> findings) {
        String projectMd = files.isFile(FileIndex.join(root, "project.md")) ? FileIndex.join(root, "project.md") : null;
        OpenSpecConfig config = new OpenSpecConfig("", null, null, null, Map.of(), null, List.of(), projectMd);
        for (String name : List.of("config.yaml", "config.yml")) {
            String p = FileIndex.join(root, name);
            if (files.isFile(p)) {
                config = config(repo, docs, p, projectMd, findings);
                break;
            }
        }
        List<OpenSpecSchema> schemas = new ArrayList<>();
        for (String dir : files.dirsIn(FileIndex.join(root, "schemas"))) {
            String p = FileIndex.join(dir, "schema.yaml");
            String name = FileIndex.name(dir);
            if (files.isFile(p) && !name.startsWith(".fork-staging-") && !name.contains(".fork-backup-")
                    && !name.startsWith(".init-staging-") && !name.contains(".init-backup-")) {
                schemas.add(schema(repo, docs, p, name, findings));
            }
        }
        // The built-in schema comes last: a project schema of the same name wins, as in OpenSpec.
        schemas.add(OpenSpecSchema.SPEC_DRIVEN);
        return new OpenSpecProject(root, config, schemas);
    }

    private static OpenSpecConfig config(String repo, DocumentSource docs, String path, String projectMd,
                                         List<Finding> findings) {
        DocumentLoader.Loaded loaded = docs.load(path);
        if (!loaded.ok()) {
            findings.add(loaded.problem());
            return new OpenSpecConfig(path, "cannot read the file", null, null, Map.of(), null, List.of(), projectMd);
        }
        TypedYaml.Result yaml = TypedYaml.parse(loaded.document().text());
        if (!yaml.ok()) {
            findings.add(Finding.atFile(ReadRules.BAD_YAML, Severity.ERROR, repo, path, Math.max(1, yaml.line()), 0,
                    "OpenSpec config does not parse as YAML: " + yaml.error(),
                    "fix the YAML; OpenSpec ignores the whole file until then"));
            return new OpenSpecConfig(path, yaml.error(), null, null, Map.of(), null, List.of(), projectMd);
        }
        if (!(yaml.value() instanceof Map<?, ?> raw)) {
            return new OpenSpecConfig(path, "not a YAML mapping", null, null, Map.of(), null, List.of(), projectMd);
        }
        String schema = raw.get("schema") instanceof String s && !s.isEmpty() ? s : null;
        String context = raw.get("context") instanceof String c
                && c.getBytes(StandardCharsets.UTF_8).length <= MAX_CONTEXT_BYTES ? c : null;
        Map<String, List<String>> rules = new LinkedHashMap<>();
        if (raw.get("rules") instanceof Map<?, ?> r) {
            for (Map.Entry<?, ?> e : r.entrySet()) {
                if (e.getValue() instanceof List<?> list && list.stream().allMatch(x -> x instanceof String)) {
                    List<String> valid = list.stream().map(String.class::cast).filter(x -> !x.isEmpty()).toList();
                    if (!valid.isEmpty()) {
                        rules.put(String.valueOf(e.getKey()), valid);
                    }
                }
            }
        }
        String store = raw.get("store") instanceof String s ? s : null;
        List<String> references = new ArrayList<>();
        if (raw.get("references") instanceof List<?> refs) {
            for (Object ref : refs) {
                Object id = ref instanceof Map<?, ?> m ? m.get("id") : ref;
                if (id instanceof String s && !references.contains(s)) {
                    references.add(s);
                }
            }
        }
        return new OpenSpecConfig(path, null, schema, context, rules, store, references, projectMd);
    }

    private static OpenSpecSchema schema(String repo, DocumentSource docs, String path, String name,
                                         List<Finding> findings) {
        DocumentLoader.Loaded loaded = docs.load(path);
        if (!loaded.ok()) {
            findings.add(loaded.problem());
            return broken(name, path, "Failed to read schema at '" + path + "'");
        }
        TypedYaml.Result yaml = TypedYaml.parse(loaded.document().text());
        if (!yaml.ok()) {
            findings.add(Finding.atFile(ReadRules.BAD_YAML, Severity.ERROR, repo, path, Math.max(1, yaml.line()), 0,
                    "OpenSpec schema does not parse as YAML: " + yaml.error(),
                    "fix the YAML; changes using this schema cannot be resolved until then"));
            return broken(name, path, "Failed to parse schema at '" + path + "': " + yaml.error());
        }
        return SchemaCheck.check(name, path, yaml.value());
    }

    static OpenSpecSchema broken(String name, String path, String problem) {
        return new OpenSpecSchema(name, path, problem, 0, List.of(), List.of(), null);
    }
}
