package io.specgraph.parse.speckit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.specgraph.model.Finding;
import io.specgraph.model.Keys;
import io.specgraph.model.ListValues;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Severity;
import io.specgraph.model.Span;
import io.specgraph.parse.Document;
import io.specgraph.parse.ReadRules;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a fork's {@code meta.json} (beside {@code spec.md}) as metadata: every top-level key is a metadata key
 * ({@code created_at}, {@code target_branch}, {@code mission} …), read as a {@link MetaSource#SIDECAR} value whose
 * span is the exact JSON value text (quotes included), so an edit can be written back there. Arrays give list
 * items with their own spans; nested objects keep their JSON text. JSON that does not parse is a finding.
 */
public final class MetaJson {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private MetaJson() {
    }

    public static List<MetaValue> read(String repo, Document doc, List<Finding> findings) {
        List<MetaValue> out = new ArrayList<>();
        String text = doc.text();
        if (text.isBlank()) {
            return out;
        }
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                findings.add(problem(repo, doc, 1, 0, "meta.json does not hold a JSON object"));
                return out;
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                p.nextToken();
                out.add(value(doc, p, key));
            }
            if (t != JsonToken.END_OBJECT) {
                findings.add(problem(repo, doc, 1, 0, "meta.json does not hold a JSON object"));
            }
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : Math.max(0, Math.min(loc.getLineNr(), doc.lineCount()));
            int col = loc == null ? 0 : Math.max(0, loc.getColumnNr());
            findings.add(problem(repo, doc, line, col, "meta.json does not parse: " + e.getOriginalMessage()));
            return List.of();
        } catch (IOException | RuntimeException e) {
            findings.add(problem(repo, doc, 0, 0, "meta.json does not parse: " + e.getClass().getSimpleName()));
            return List.of();
        }
        return out;
    }

    private static MetaValue value(Document doc, JsonParser p, String key) throws IOException {
        int start = offset(p.currentTokenLocation());
        JsonToken t = p.currentToken();
        List<String> items = new ArrayList<>();
        List<Span> itemSpans = new ArrayList<>();
        String value;
        if (t == JsonToken.START_ARRAY) {
            JsonToken it;
            while ((it = p.nextToken()) != JsonToken.END_ARRAY && it != null) {
                int is = offset(p.currentTokenLocation());
                if (it.isScalarValue()) {
                    String v = p.getText();
                    items.add(v);
                    itemSpans.add(doc.span(is, offset(p.currentLocation()) - is));
                } else {
                    p.skipChildren();
                    int ie = offset(p.currentLocation());
                    items.add(doc.text().substring(is, ie));
                    itemSpans.add(doc.span(is, ie - is));
                }
            }
            value = String.join(", ", items);
        } else if (t == JsonToken.START_OBJECT) {
            p.skipChildren();
            value = doc.text().substring(start, offset(p.currentLocation()));
        } else {
            value = t == JsonToken.VALUE_NULL ? "" : p.getText();
        }
        int end = offset(p.currentLocation());
        Span span = doc.span(start, Math.max(0, end - start));
        if (t != JsonToken.START_ARRAY) {
            items = t == JsonToken.START_OBJECT ? List.of() : ListValues.split(value);
        }
        return new MetaValue(Keys.canonical(key), key, value, items, MetaSource.SIDECAR, doc.path(), span, itemSpans);
    }

    private static int offset(JsonLocation loc) {
        return (int) Math.max(0, loc.getCharOffset());
    }

    private static Finding problem(String repo, Document doc, int line, int col, String message) {
        return Finding.atFile(ReadRules.BAD_YAML, Severity.ERROR, repo, doc.path(), line, col, message,
                "fix the JSON syntax of meta.json");
    }
}
