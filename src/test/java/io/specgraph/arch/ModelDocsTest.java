package io.specgraph.arch;

import io.specgraph.model.EdgeKind;
import io.specgraph.model.Keys;
import io.specgraph.model.NodeKind;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/model.md cannot drift from the code: every node kind, every edge kind and every canonical metadata key the
 * reader knows is named in it.
 */
class ModelDocsTest {

    @Test
    void everyNodeKindEdgeKindAndMetadataKeyIsDocumented() throws Exception {
        String docs = Files.readString(Path.of("docs/model.md"));
        List<String> missing = new ArrayList<>();
        for (NodeKind k : NodeKind.values()) {
            if (!docs.contains("`" + k.label() + "`")) {
                missing.add("node kind " + k.label());
            }
        }
        for (EdgeKind k : EdgeKind.values()) {
            if (!docs.contains("`" + k.label() + "`")) {
                missing.add("edge kind " + k.label());
            }
        }
        int keys = 0;
        for (Field f : Keys.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class
                    && Modifier.isPublic(f.getModifiers())) {
                keys++;
                String key = (String) f.get(null);
                if (!docs.contains(key)) {
                    missing.add("metadata key " + key);
                }
            }
        }
        assertThat(keys).isGreaterThan(20);
        assertThat(missing).as("named in docs/model.md").isEmpty();
    }
}
