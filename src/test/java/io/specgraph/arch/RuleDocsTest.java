package io.specgraph.arch;

import io.specgraph.graph.GraphRules;
import io.specgraph.graph.gate.adr.AdrFormatRules;
import io.specgraph.graph.gate.speckit.SpecKitRules;
import io.specgraph.graph.gate.openspec.OpenSpecRules;
import io.specgraph.parse.ContextReader;
import io.specgraph.parse.Features;
import io.specgraph.parse.ReadRules;
import io.specgraph.parse.adr.AdrRules;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule id the code can report has a section in docs/rules.md. */
class RuleDocsTest {

    private static final List<Class<?>> RULE_HOLDERS = List.of(ReadRules.class, GraphRules.class, AdrRules.class,
            ContextReader.class, Features.class, SpecKitRules.class, AdrFormatRules.class,
            OpenSpecRules.class);

    @Test
    void everyRuleIdIsDocumented() throws Exception {
        String docs = Files.readString(Path.of("docs/rules.md"));
        Set<String> ids = new TreeSet<>();
        for (Class<?> c : RULE_HOLDERS) {
            for (Field f : c.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                    String v = (String) f.get(null);
                    if (v.matches("[A-Z]{2,4}\\d+")) {
                        ids.add(v);
                    }
                }
            }
        }
        ids.addAll(io.specgraph.engine.RuleIds.all(io.specgraph.graph.gate.Gates.standard()));
        assertThat(ids).hasSizeGreaterThan(50);
        for (String id : ids) {
            assertThat(docs).as("docs/rules.md documents " + id).containsPattern("(?m)^#{3,4} " + id + "$");
        }
    }
}
