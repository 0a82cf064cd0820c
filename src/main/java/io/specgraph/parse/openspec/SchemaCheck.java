package io.specgraph.parse.openspec;

import io.specgraph.model.OpenSpecArtifact;
import io.specgraph.model.OpenSpecSchema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a workflow schema the way OpenSpec loads it ({@code SchemaYamlSchema}, then duplicate ids, unknown
 * {@code requires}, unknown {@code apply.requires} and cycles): a schema that fails does not load, and changes
 * using it cannot resolve their artifacts.
 */
final class SchemaCheck {

    private SchemaCheck() {
    }

    static OpenSpecSchema check(String name, String path, Object tree) {
        if (!(tree instanceof Map<?, ?> map)) {
            return ProjectReader.broken(name, path, invalid(path, ": Invalid input: expected object, received "
                    + TypedYaml.typeName(tree)));
        }
        List<String> problems = new ArrayList<>();
        if (!(map.get("name") instanceof String n) || n.isEmpty()) {
            problems.add("name: Schema name is required");
        }
        int version = 0;
        if (map.get("version") instanceof Long v && v > 0) {
            version = v.intValue();
        } else {
            problems.add("version: Version must be a positive integer");
        }
        List<OpenSpecArtifact> artifacts = new ArrayList<>();
        if (map.get("artifacts") instanceof List<?> list && !list.isEmpty()) {
            for (int i = 0; i < list.size(); i++) {
                OpenSpecArtifact a = artifact(list.get(i), "artifacts." + i, problems);
                if (a != null) {
                    artifacts.add(a);
                }
            }
        } else {
            problems.add("artifacts: At least one artifact required");
        }
        List<String> applyRequires = List.of();
        String tracks = null;
        if (map.containsKey("apply")) {
            if (map.get("apply") instanceof Map<?, ?> apply) {
                applyRequires = strings(apply.get("requires"));
                if (applyRequires.isEmpty()) {
                    problems.add("apply.requires: At least one required artifact");
                }
                if (apply.get("tracks") instanceof String t && relative(t)) {
                    tracks = t;
                } else if (apply.get("tracks") != null) {
                    problems.add("apply.tracks: apply.tracks must be a relative path inside its allowed directory");
                }
            } else {
                problems.add("apply: Invalid input: expected object, received " + TypedYaml.typeName(map.get("apply")));
            }
        }
        if (!problems.isEmpty()) {
            return ProjectReader.broken(name, path, invalid(path, ": Invalid schema: " + String.join(", ", problems)));
        }
        String graphProblem = graph(artifacts, applyRequires);
        if (graphProblem != null) {
            return ProjectReader.broken(name, path, invalid(path, ": " + graphProblem));
        }
        return new OpenSpecSchema(name, path, null, version, artifacts, applyRequires, tracks);
    }

    private static String invalid(String path, String rest) {
        return "Invalid schema at '" + path + "'" + rest;
    }

    private static OpenSpecArtifact artifact(Object o, String at, List<String> problems) {
        if (!(o instanceof Map<?, ?> a)) {
            problems.add(at + ": Invalid input: expected object, received " + TypedYaml.typeName(o));
            return null;
        }
        boolean ok = true;
        if (!(a.get("id") instanceof String id) || id.isEmpty()) {
            problems.add(at + ".id: Artifact ID is required");
            ok = false;
        }
        if (!(a.get("generates") instanceof String g) || !relative(g)) {
            problems.add(at + ".generates: generates field must be a relative path inside its allowed directory");
            ok = false;
        }
        if (!(a.get("description") instanceof String)) {
            problems.add(at + ".description: Invalid input: expected string, received "
                    + (a.containsKey("description") ? TypedYaml.typeName(a.get("description")) : "undefined"));
            ok = false;
        }
        if (!(a.get("template") instanceof String t) || !relative(t)) {
            problems.add(at + ".template: template field must be a relative path inside its allowed directory");
            ok = false;
        }
        if (a.containsKey("requires") && !(a.get("requires") instanceof List)) {
            problems.add(at + ".requires: Invalid input: expected array, received "
                    + TypedYaml.typeName(a.get("requires")));
            ok = false;
        }
        return ok ? new OpenSpecArtifact((String) a.get("id"), (String) a.get("generates"), strings(a.get("requires")))
                : null;
    }

    private static boolean relative(String p) {
        if (p.isEmpty() || p.startsWith("/") || p.startsWith("\\") || p.matches("^[A-Za-z]:.*") || p.contains("\0")) {
            return false;
        }
        for (String seg : p.split("[\\\\/]+")) {
            if (seg.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> list) {
            for (Object x : list) {
                if (x instanceof String s) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static String graph(List<OpenSpecArtifact> artifacts, List<String> applyRequires) {
        Set<String> ids = new HashSet<>();
        for (OpenSpecArtifact a : artifacts) {
            if (!ids.add(a.id())) {
                return "Duplicate artifact ID: " + a.id();
            }
        }
        for (OpenSpecArtifact a : artifacts) {
            for (String r : a.requires()) {
                if (!ids.contains(r)) {
                    return "Invalid dependency reference in artifact '" + a.id() + "': '" + r + "' does not exist";
                }
            }
        }
        for (String r : applyRequires) {
            if (!ids.contains(r)) {
                return "Invalid apply.requires reference: '" + r + "' does not exist";
            }
        }
        Map<String, OpenSpecArtifact> byId = new HashMap<>();
        artifacts.forEach(a -> byId.put(a.id(), a));
        Map<String, Integer> state = new HashMap<>();
        for (OpenSpecArtifact a : artifacts) {
            if (cycle(a.id(), byId, state)) {
                return "Cyclic dependency detected involving '" + a.id() + "'";
            }
        }
        return null;
    }

    private static boolean cycle(String id, Map<String, OpenSpecArtifact> byId, Map<String, Integer> state) {
        Integer s = state.get(id);
        if (s != null) {
            return s == 1;
        }
        state.put(id, 1);
        for (String r : byId.get(id).requires()) {
            if (cycle(r, byId, state)) {
                return true;
            }
        }
        state.put(id, 2);
        return false;
    }
}
