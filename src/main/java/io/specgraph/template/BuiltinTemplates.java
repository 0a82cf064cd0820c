package io.specgraph.template;

import io.specgraph.parse.DocumentLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

/** The templates shipped with Specgraph ({@code io/specgraph/template/builtin/<label>.md}), read once. */
public final class BuiltinTemplates {

    private static final String FOLDER = "builtin/";
    private static volatile Map<TemplateKind, Template> all;

    private BuiltinTemplates() {
    }

    /** The built-in template of {@code kind}. */
    public static Template of(TemplateKind kind) {
        return all().get(kind);
    }

    /** Every built-in template, one per kind. */
    public static Map<TemplateKind, Template> all() {
        Map<TemplateKind, Template> m = all;
        if (m == null) {
            synchronized (BuiltinTemplates.class) {
                m = all;
                if (m == null) {
                    Map<TemplateKind, Template> read = new EnumMap<>(TemplateKind.class);
                    for (TemplateKind k : TemplateKind.values()) {
                        read.put(k, read(k));
                    }
                    m = java.util.Collections.unmodifiableMap(read);
                    all = m;
                }
            }
        }
        return m;
    }

    private static Template read(TemplateKind kind) {
        String name = FOLDER + kind.label() + ".md";
        try (InputStream in = BuiltinTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("built-in template missing: " + name);
            }
            DocumentLoader.Loaded loaded = DocumentLoader.fromBytes("", name, in.readAllBytes());
            if (!loaded.ok()) {
                throw new IllegalStateException("built-in template unreadable: " + name + ": "
                        + loaded.problem().message());
            }
            return new Template(kind, TemplateOrigin.BUILT_IN, "", name, loaded.document());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
