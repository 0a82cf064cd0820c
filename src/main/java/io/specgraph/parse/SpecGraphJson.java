package io.specgraph.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.specgraph.model.Finding;
import io.specgraph.model.Severity;
import io.specgraph.model.SpecGraphFile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes {@code spec-graph.json} (model.md §6). Writing is deterministic: entries sorted by repo and id,
 * keys sorted, two-space indent, trailing newline, so an unchanged graph writes an unchanged file.
 */
public final class SpecGraphJson {

    public static final String FILE_NAME = "spec-graph.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SpecGraphJson() {
    }

    /** Reads a loaded file; problems become findings and give null. */
    public static SpecGraphFile read(String repo, DocumentLoader.Loaded loaded, List<Finding> findings) {
        if (!loaded.ok()) {
            findings.add(loaded.problem());
            return null;
        }
        Document doc = loaded.document();
        List<SpecGraphFile.Entry> entries = new ArrayList<>();
        int version = 1;
        try (JsonParser p = new JsonFactory(MAPPER).createParser(doc.text())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("expected a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if ("version".equals(field) && t.isNumeric()) {
                    version = p.getIntValue();
                } else if ("nodes".equals(field) && t == JsonToken.START_ARRAY) {
                    for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY && item != null; item = p.nextToken()) {
                        int line = p.currentTokenLocation().getLineNr();
                        if (item != JsonToken.START_OBJECT) {
                            p.skipChildren();
                            findings.add(Finding.atFile(ReadRules.BAD_VALUE, Severity.WARNING, repo, doc.path(), line, 0,
                                    "spec-graph.json has a node entry that is not an object", "make every entry an object"));
                            continue;
                        }
                        JsonNode n = p.readValueAsTree();
                        SpecGraphFile.Entry e = entry(n, line);
                        if (e == null) {
                            findings.add(Finding.atFile(ReadRules.BAD_VALUE, Severity.WARNING, repo, doc.path(), line, 0,
                                    "spec-graph.json entry has no id", "give every node entry an \"id\""));
                        } else {
                            entries.add(e);
                        }
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (IOException | RuntimeException e) {
            int line = 0;
            if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null) {
                line = jpe.getLocation().getLineNr();
            }
            findings.add(Finding.atFile(ReadRules.BAD_YAML, Severity.ERROR, repo, doc.path(), Math.max(line, 0), 0,
                    "spec-graph.json does not parse: " + firstLine(e.getMessage()),
                    "fix the JSON, or regenerate it with: specgraph graph --format spec-graph --out spec-graph.json"));
            return null;
        }
        return new SpecGraphFile(version, entries, doc.path());
    }

    private static SpecGraphFile.Entry entry(JsonNode n, int line) {
        String id = text(n, "id");
        if (id == null) {
            return null;
        }
        return new SpecGraphFile.Entry(id, text(n, "kind"), text(n, "repo"), text(n, "path"), text(n, "version"),
                text(n, "status"), list(n, "implements"), list(n, "dependsOn"), list(n, "affects"),
                text(n, "contextPack"), line);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
    }

    private static List<String> list(JsonNode n, String field) {
        JsonNode v = n.get(field);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(item -> out.add(item.isValueNode() ? item.asText() : item.toString()));
        } else {
            out.add(v.asText());
        }
        return out;
    }

    /** The file's text: deterministic, sorted, two-space indented, with a trailing newline. */
    public static String write(SpecGraphFile file) {
        List<SpecGraphFile.Entry> sorted = new ArrayList<>(file.nodes());
        sorted.sort(Comparator.comparing((SpecGraphFile.Entry e) -> e.repo() == null ? "" : e.repo())
                .thenComparing(SpecGraphFile.Entry::id));
        List<Object> nodes = new ArrayList<>();
        for (SpecGraphFile.Entry e : sorted) {
            Map<String, Object> m = new LinkedHashMap<>();
            putIf(m, "affects", sortedCopy(e.affects()));
            putIf(m, "contextPack", e.contextPack());
            putIf(m, "dependsOn", sortedCopy(e.dependsOn()));
            putIf(m, "id", e.id());
            putIf(m, "implements", sortedCopy(e.implementsRefs()));
            putIf(m, "kind", e.kind());
            putIf(m, "path", e.path());
            putIf(m, "repo", e.repo());
            putIf(m, "status", e.status());
            putIf(m, "version", e.version());
            nodes.add(m);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("nodes", nodes);
        root.put("version", file.version());
        return JsonWriter.write(root);
    }

    private static List<String> sortedCopy(List<String> list) {
        List<String> out = new ArrayList<>(list);
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private static void putIf(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
