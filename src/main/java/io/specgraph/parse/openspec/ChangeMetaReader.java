package io.specgraph.parse.openspec;

import io.specgraph.model.OpenSpecChangeMeta;
import io.specgraph.model.OpenSpecChangeMeta.Marker;
import io.specgraph.model.OpenSpecProject;
import io.specgraph.model.OpenSpecSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a change's {@code .openspec.yaml} as OpenSpec does ({@code ChangeMetadataSchema}, {@code readBooleanMarker}):
 * YAML 1.2 types, the schema's field rules with zod's wording, and whether {@code skip_specs} and
 * {@code retire_capabilities} are honoured.
 */
final class ChangeMetaReader {

    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}\\z");
    private static final Pattern KEBAB = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*\\z");
    private static final String TOO_SMALL = "Too small: expected string to have >=1 characters";

    private ChangeMetaReader() {
    }

    /**
     * @param text    the file's decoded text
     * @param path    the file, repo-relative
     * @param project the project, for the schema names it knows
     */
    static OpenSpecChangeMeta read(String text, String path, OpenSpecProject project) {
        TypedYaml.Result yaml = TypedYaml.parse(text);
        if (!yaml.ok()) {
            return new OpenSpecChangeMeta(path, true, yaml.error(), null, null, null, List.of(), null, null, null,
                    null, List.of(), unparsable(text, "skip_specs"), unparsable(text, "retire_capabilities"));
        }
        Object tree = yaml.value();
        List<String> issues = new ArrayList<>();
        Map<?, ?> map = tree instanceof Map<?, ?> m ? m : null;
        if (map == null) {
            issues.add("Invalid input: expected object, received " + TypedYaml.typeName(tree));
            return new OpenSpecChangeMeta(path, true, null, null, null, null, List.of(), null, null, null, null,
                    issues, Marker.NOT_DECLARED, Marker.NOT_DECLARED);
        }
        String schema = string(map, "schema", false, issues);
        if ("".equals(schema)) {
            issues.add("schema: schema is required");
            schema = null;
        }
        String created = string(map, "created", true, issues);
        if (created != null && !DATE.matcher(created).find()) {
            issues.add("created: created must be YYYY-MM-DD format");
        }
        String goal = string(map, "goal", true, issues);
        if ("".equals(goal)) {
            issues.add("goal: " + TOO_SMALL);
        }
        List<String> areas = areas(map, issues);
        String[] initiative = initiative(map, issues);
        Boolean skip = bool(map, "skip_specs", issues);
        Boolean retire = bool(map, "retire_capabilities", issues);
        Marker skipMarker = marker(map, "skip_specs", skip, issues, schema, project);
        Marker retireMarker = marker(map, "retire_capabilities", retire, issues, schema, project);
        return new OpenSpecChangeMeta(path, true, null, schema, created, goal, areas, initiative[0], initiative[1],
                skip, retire, issues, skipMarker, retireMarker);
    }

    private static Marker unparsable(String text, String key) {
        Pattern mentioned = Pattern.compile("^" + JsText.WS + "*(['\"]?)" + key + "\\1" + JsText.WS + "*:",
                Pattern.MULTILINE);
        return mentioned.matcher(text).find() ? new Marker(false, "the file is not valid YAML") : Marker.NOT_DECLARED;
    }

    private static Marker marker(Map<?, ?> map, String key, Boolean value, List<String> issues, String schema,
                                 OpenSpecProject project) {
        if (issues.isEmpty()) {
            if (!Boolean.TRUE.equals(value)) {
                return Marker.NOT_DECLARED;
            }
            Optional<OpenSpecSchema> s = project.schema(schema);
            if (s.isEmpty()) {
                return unhonorable("schema: unknown schema '" + schema + "'");
            }
            if (!s.get().loads()) {
                return unhonorable(s.get().problem());
            }
            return new Marker(true, null);
        }
        if (map.containsKey(key) && !Boolean.FALSE.equals(map.get(key))) {
            return unhonorable(issues.get(0));
        }
        return Marker.NOT_DECLARED;
    }

    private static Marker unhonorable(String reason) {
        return new Marker(false, reason.replaceAll("[\\u0000-\\u001f\\u007f]", "?"));
    }

    private static String string(Map<?, ?> map, String key, boolean optional, List<String> issues) {
        if (!map.containsKey(key) && optional) {
            return null;
        }
        Object v = map.get(key);
        if (v instanceof String s) {
            return s;
        }
        issues.add(key + ": Invalid input: expected string, received "
                + (map.containsKey(key) ? TypedYaml.typeName(v) : "undefined"));
        return null;
    }

    private static Boolean bool(Map<?, ?> map, String key, List<String> issues) {
        if (!map.containsKey(key)) {
            return null;
        }
        Object v = map.get(key);
        if (v instanceof Boolean b) {
            return b;
        }
        issues.add(key + ": Invalid input: expected boolean, received " + TypedYaml.typeName(v));
        return null;
    }

    private static List<String> areas(Map<?, ?> map, List<String> issues) {
        if (!map.containsKey("affected_areas")) {
            return List.of();
        }
        Object v = map.get("affected_areas");
        if (!(v instanceof List<?> list)) {
            issues.add("affected_areas: Invalid input: expected array, received " + TypedYaml.typeName(v));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            if (!(item instanceof String s)) {
                issues.add("affected_areas." + i + ": Invalid input: expected string, received "
                        + TypedYaml.typeName(item));
            } else if (s.isEmpty()) {
                issues.add("affected_areas." + i + ": " + TOO_SMALL);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static String[] initiative(Map<?, ?> map, List<String> issues) {
        String[] out = new String[2];
        if (!map.containsKey("initiative")) {
            return out;
        }
        Object v = map.get("initiative");
        if (!(v instanceof Map<?, ?> init)) {
            issues.add("initiative: Invalid input: expected object, received " + TypedYaml.typeName(v));
            return out;
        }
        out[0] = kebab(init, "store", "Store id", issues);
        out[1] = kebab(init, "id", "Initiative id", issues);
        List<String> unknown = new ArrayList<>();
        for (Object k : init.keySet()) {
            if (!"store".equals(k) && !"id".equals(k)) {
                unknown.add("\"" + k + "\"");
            }
        }
        if (!unknown.isEmpty()) {
            issues.add("initiative: Unrecognized key" + (unknown.size() > 1 ? "s" : "") + ": "
                    + String.join(", ", unknown));
        }
        return out;
    }

    private static String kebab(Map<?, ?> init, String key, String label, List<String> issues) {
        Object v = init.get(key);
        if (!(v instanceof String s)) {
            issues.add("initiative." + key + ": Invalid input: expected string, received "
                    + (init.containsKey(key) ? TypedYaml.typeName(v) : "undefined"));
            return null;
        }
        if (!KEBAB.matcher(s).find()) {
            issues.add("initiative." + key + ": " + label
                    + " must be kebab-case with lowercase letters, numbers, and single hyphen separators");
        }
        return s;
    }
}
