package io.specgraph.engine;

import io.specgraph.graph.GraphRules;
import io.specgraph.graph.gate.Gates;
import io.specgraph.graph.gate.Rule;
import io.specgraph.graph.gate.StandardRules;
import io.specgraph.graph.gate.adr.AdrFormatRules;
import io.specgraph.graph.gate.speckit.SpecKitRules;
import io.specgraph.graph.gate.openspec.OpenSpecRules;
import io.specgraph.parse.ContextReader;
import io.specgraph.parse.Features;
import io.specgraph.parse.ReadRules;
import io.specgraph.parse.adr.AdrRules;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Every rule id Specgraph can report (for the policy file's checks and the rules documentation). */
public final class RuleIds {

    private static final List<Class<?>> HOLDERS = List.of(ReadRules.class, GraphRules.class, AdrRules.class,
            ContextReader.class, Features.class, SpecKitRules.class, AdrFormatRules.class,
            OpenSpecRules.class);

    private RuleIds() {
    }

    public static Set<String> all(Gates gates) {
        Set<String> ids = new TreeSet<>();
        for (Rule r : gates.rules()) {
            ids.add(r.id());
        }
        StandardRules.verdictRules().forEach(r -> ids.add(r.id()));
        StandardRules.repoRules().forEach(r -> ids.add(r.id()));
        for (Class<?> c : HOLDERS) {
            for (Field f : c.getFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                    try {
                        String v = (String) f.get(null);
                        if (v.matches("[A-Z]{2,4}\\d+")) {
                            ids.add(v);
                        }
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return ids;
    }
}
