package io.specgraph.engine;

import io.specgraph.graph.gate.GateScope;
import io.specgraph.graph.gate.Policy;
import io.specgraph.model.Finding;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.MetaSource;
import io.specgraph.model.NodeKind;
import io.specgraph.model.RepoRole;
import io.specgraph.model.Severity;
import io.specgraph.parse.DocumentLoader;
import io.specgraph.parse.DocumentSource;
import io.specgraph.parse.ReadRules;
import io.specgraph.parse.RepoPlan;
import io.specgraph.parse.YamlScan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The gates policy file (docs/policy.md): {@code constitution/gates.yaml} in a platform repo, else
 * {@code .specify/memory/gates.yaml} in any repo. Without one, the default policy holds. Problems in the file are
 * findings; what can be understood is still applied.
 */
final class PolicyFile {

    static final List<String> LOCATIONS = List.of("constitution/gates.yaml", "constitution/gates.yml",
            ".specify/memory/gates.yaml", ".specify/memory/gates.yml");

    private PolicyFile() {
    }

    /** The policy of the workspace: the first policy file found, platform repos first. */
    static Policy load(List<RepoPlan> plans, GitHistory history, Set<String> knownRules) {
        return load(plans, history, knownRules, p -> DocumentSource.disk(p.info().name(), p.info().path()));
    }

    /** The policy of the workspace, its file read from each repo's {@code docs} (the disk, or editor buffers). */
    static Policy load(List<RepoPlan> plans, GitHistory history, Set<String> knownRules,
                       Function<RepoPlan, DocumentSource> docs) {
        List<RepoPlan> ordered = new ArrayList<>(plans);
        ordered.sort((a, b) -> Boolean.compare(b.info().role() == RepoRole.PLATFORM, a.info().role() == RepoRole.PLATFORM));
        for (RepoPlan p : ordered) {
            for (String loc : LOCATIONS) {
                if (p.context().files().isFile(loc)) {
                    return read(p.info().name(), docs.apply(p), loc, history, knownRules);
                }
            }
        }
        return Policy.DEFAULT;
    }

    static Policy read(String repo, DocumentSource docs, String path, GitHistory history, Set<String> knownRules) {
        List<Finding> problems = new ArrayList<>();
        DocumentLoader.Loaded loaded = docs.load(path);
        String file = repo + "/" + path;
        String commit = history.lastCommit(repo, path);
        if (!loaded.ok()) {
            problems.add(loaded.problem());
            return new Policy(file, commit, Set.of(), Map.of(), Map.of(), Map.of(), Map.of(), null, problems);
        }
        YamlScan.Result yaml = YamlScan.scanAll(repo, loaded.document(), MetaSource.YAML_DOCUMENT);
        if (yaml.problem() != null) {
            problems.add(yaml.problem());
        }
        Map<String, Object> root0 = yaml.map();
        Set<String> off = new HashSet<>();
        Map<String, Severity> severities = new HashMap<>();
        for (Map.Entry<String, Object> e : map(root0.get("rules")).entrySet()) {
            String rule = e.getKey().strip().toUpperCase(Locale.ROOT);
            String v = String.valueOf(e.getValue()).strip().toLowerCase(Locale.ROOT);
            if (!knownRules.contains(rule)) {
                problems.add(problem(repo, path, "the policy names rule " + e.getKey() + ", which Specgraph does not have",
                        "use a rule id from docs/rules.md"));
            } else if (v.equals("off") || v.equals("false") || v.equals("disabled")) {
                off.add(rule);
            } else {
                Severity s = severity(v);
                if (s == null) {
                    problems.add(problem(repo, path, "rule " + rule + " is set to '" + e.getValue() + "'",
                            "use error, warning, info or off"));
                } else {
                    severities.put(rule, s);
                }
            }
        }
        Map<NodeKind, List<String>> sections = new EnumMap<>(NodeKind.class);
        for (Map.Entry<String, Object> e : map(root0.get("required_sections")).entrySet()) {
            NodeKind kind = NodeKind.fromText(e.getKey()).orElse(null);
            if (kind == null) {
                problems.add(problem(repo, path, "required_sections names kind '" + e.getKey() + "'",
                        "use a node kind such as platform-spec or component-spec"));
            } else {
                sections.put(kind, strings(e.getValue()));
            }
        }
        Map<String, Object> words = map(root0.get("status_words"));
        Map<String, LifecycleState> spec = states(map(words.get("spec")), repo, path, problems);
        Map<String, LifecycleState> adr = states(map(words.get("adr")), repo, path, problems);
        GateScope.Mode mode = GateScope.Mode.SEED;
        if (root0.get("gates") != null) {
            mode = GateScope.Mode.parse(String.valueOf(root0.get("gates")));
            if (mode == null) {
                problems.add(problem(repo, path, "gates: '" + root0.get("gates") + "' is not a gate scope",
                        "use seed (the default), all or off"));
                mode = GateScope.Mode.SEED;
            }
        }
        return new Policy(file, commit, off, severities, sections, spec, adr, mode, problems);
    }

    private static Map<String, LifecycleState> states(Map<String, Object> in, String repo, String path,
                                                      List<Finding> problems) {
        Map<String, LifecycleState> out = new HashMap<>();
        for (Map.Entry<String, Object> e : in.entrySet()) {
            LifecycleState state = null;
            for (LifecycleState s : LifecycleState.values()) {
                if (s.label().equalsIgnoreCase(String.valueOf(e.getValue()).strip())) {
                    state = s;
                }
            }
            if (state == null) {
                problems.add(problem(repo, path, "status word '" + e.getKey() + "' maps to '" + e.getValue()
                        + "', which is no lifecycle state", "map it to a state such as Approved or Done"));
            } else {
                out.put(e.getKey(), state);
            }
        }
        return out;
    }

    private static Severity severity(String v) {
        for (Severity s : Severity.values()) {
            if (s.label().equals(v)) {
                return s;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map ? (Map<String, Object>) o : Map.of();
    }

    private static List<String> strings(Object o) {
        List<String> out = new ArrayList<>();
        if (o instanceof List<?> l) {
            l.forEach(x -> out.add(String.valueOf(x)));
        } else if (o != null) {
            out.add(String.valueOf(o));
        }
        return out;
    }

    private static Finding problem(String repo, String path, String message, String hint) {
        return Finding.atFile(ReadRules.BAD_VALUE, Severity.WARNING, repo, path, 0, 0, message, hint);
    }
}
