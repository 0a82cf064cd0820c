package io.specgraph.parse.openspec;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * YAML read with the types OpenSpec sees: the npm {@code yaml} package parses YAML 1.2 (core schema), so
 * {@code yes} and {@code 2024-01-15} stay strings, only {@code true}/{@code false} are booleans, and a repeated
 * key is an error. Values become {@link Map} (insertion order), {@link List}, {@link String}, {@link Boolean},
 * {@link Long}, {@link Double} or null.
 */
final class TypedYaml {

    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern INT = Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
    private static final Pattern FLOAT = Pattern.compile(
            "[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN");

    private TypedYaml() {
    }

    /**
     * @param value the parsed value (null for an empty document or {@code null})
     * @param error why it does not parse, or null
     * @param line  1-based line of the problem, 0 when unknown
     */
    record Result(Object value, String error, int line) {
        boolean ok() {
            return error == null;
        }
    }

    static Result parse(String text) {
        Node root;
        try {
            root = io.specgraph.parse.YamlScan.compose(text);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
            return new Result(null, problem, m == null ? 0 : m.getLine() + 1);
        } catch (YAMLException | IllegalArgumentException e) {
            return new Result(null, String.valueOf(e.getMessage()), 0);
        }
        if (root == null) {
            return new Result(null, null, 0);
        }
        try {
            return new Result(convert(root), null, 0);
        } catch (DuplicateKey e) {
            return new Result(null, "Map keys must be unique", e.line);
        }
    }

    /** The zod/JavaScript type name of a value ({@code string}, {@code number}, {@code array}, {@code null} …). */
    static String typeName(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof String) {
            return "string";
        }
        if (v instanceof Boolean) {
            return "boolean";
        }
        if (v instanceof Double d && d.isNaN()) {
            return "NaN";
        }
        if (v instanceof Number) {
            return "number";
        }
        if (v instanceof List) {
            return "array";
        }
        return "object";
    }

    private static Object convert(Node node) {
        if (node instanceof ScalarNode s) {
            return scalar(s);
        }
        if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            for (Node n : seq.getValue()) {
                list.add(convert(n));
            }
            return list;
        }
        if (node instanceof MappingNode m) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                String key = String.valueOf(convert(t.getKeyNode()));
                if (map.containsKey(key)) {
                    throw new DuplicateKey(t.getKeyNode().getStartMark().getLine() + 1);
                }
                map.put(key, convert(t.getValueNode()));
            }
            return map;
        }
        return null;
    }

    private static Object scalar(ScalarNode s) {
        String v = s.getValue();
        if (!s.isPlain()) {
            return v;
        }
        if (NULL.matcher(v).matches()) {
            return null;
        }
        if (BOOL.matcher(v).matches()) {
            return Boolean.parseBoolean(v.toLowerCase(Locale.ROOT));
        }
        if (INT.matcher(v).matches()) {
            try {
                if (v.startsWith("0x")) {
                    return Long.parseLong(v.substring(2), 16);
                }
                if (v.startsWith("0o")) {
                    return Long.parseLong(v.substring(2), 8);
                }
                return Long.parseLong(v.startsWith("+") ? v.substring(1) : v);
            } catch (NumberFormatException e) {
                return Double.parseDouble(v);
            }
        }
        if (FLOAT.matcher(v).matches()) {
            if (v.toLowerCase(Locale.ROOT).contains("nan")) {
                return Double.NaN;
            }
            if (v.toLowerCase(Locale.ROOT).contains("inf")) {
                return v.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            return Double.parseDouble(v);
        }
        return v;
    }

    private static final class DuplicateKey extends RuntimeException {
        private final int line;

        DuplicateKey(int line) {
            super(null, null, false, false);
            this.line = line;
        }
    }
}
