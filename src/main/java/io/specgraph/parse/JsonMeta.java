package io.specgraph.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.specgraph.model.Finding;
import io.specgraph.model.Keys;
import io.specgraph.model.ListValues;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Metadata;
import io.specgraph.model.Severity;
import io.specgraph.model.Span;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Metadata from a JSON document's top-level fields (read-only: Specgraph does not edit JSON). */
final class JsonMeta {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonMeta() {
    }

    static Metadata read(String repo, Document doc, List<Finding> findings) {
        JsonNode root;
        try {
            root = MAPPER.readTree(doc.text());
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            findings.add(Finding.atFile(ReadRules.BAD_YAML, Severity.ERROR, repo, doc.path(), Math.max(0, line), 0,
                    "JSON does not parse: " + e.getOriginalMessage(), "fix the JSON syntax"));
            return Metadata.EMPTY;
        }
        List<MetaValue> values = new ArrayList<>();
        if (root != null && root.isObject()) {
            for (Map.Entry<String, JsonNode> e : root.properties()) {
                List<String> items = new ArrayList<>();
                String text;
                if (e.getValue().isArray()) {
                    e.getValue().forEach(i -> items.add(i.isValueNode() ? i.asText() : i.toString()));
                    text = String.join(", ", items);
                } else {
                    text = e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString();
                    items.addAll(ListValues.split(text));
                }
                values.add(new MetaValue(Keys.canonical(e.getKey()), e.getKey(), text, items, MetaSource.YAML_DOCUMENT,
                        doc.path(), Span.NONE, List.of()));
            }
        }
        return Metadata.of(values);
    }
}
