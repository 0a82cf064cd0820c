package io.specgraph.cli;

import io.specgraph.engine.Workspace;
import io.specgraph.graph.gate.OpenSpecVerdict;
import io.specgraph.graph.gate.Verdict;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Node;
import io.specgraph.model.Layout;
import io.specgraph.model.NodeKind;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.Severity;
import io.specgraph.parse.JsonWriter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON report, schema {@code specgraph.check/1} (docs/cli.md). */
final class CheckJson {

    static final String SCHEMA = "specgraph.check/1";

    private CheckJson() {
    }

    static String render(Workspace ws) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        List<Object> repos = new ArrayList<>();
        for (RepoInfo r : ws.graph().repos()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r.name());
            m.put("path", r.path().toAbsolutePath().toString());
            m.put("role", r.role().label());
            m.put("layouts", r.layouts().stream().map(Layout::label).toList());
            repos.add(m);
        }
        root.put("repos", repos);
        root.put("counts", counts(ws));
        List<Object> findings = new ArrayList<>();
        for (Finding f : ws.findings()) {
            findings.add(finding(f));
        }
        root.put("findings", findings);
        root.put("gates", gates(ws));
        root.put("openspec", openspec(ws));
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("file", ws.gates().policy().isDefault() ? null : ws.gates().policy().file());
        policy.put("commit", ws.gates().policy().commit().isEmpty() ? null : ws.gates().policy().commit());
        root.put("policy", policy);
        return JsonWriter.write(root);
    }

    private static List<Object> gates(Workspace ws) {
        List<Object> out = new ArrayList<>();
        for (Map.Entry<String, Map<Gate, Verdict>> e : ws.gates().verdicts().entrySet()) {
            Node n = ws.graph().node(e.getKey()).orElseThrow();
            for (Map.Entry<Gate, Verdict> g : e.getValue().entrySet()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("node", n.id());
                m.put("repo", n.repo());
                m.put("kind", n.kind().label());
                m.put("gate", g.getKey().label());
                m.put("status", g.getValue().label());
                out.add(m);
            }
        }
        return out;
    }

    private static List<Object> openspec(Workspace ws) {
        List<Object> out = new ArrayList<>();
        for (OpenSpecVerdict v : ws.gates().openspec()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("repo", v.repo());
            m.put("type", v.type());
            m.put("id", v.id());
            m.put("valid", v.valid());
            m.put("validStrict", v.validStrict());
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> counts(Workspace ws) {
        Map<String, Object> c = new LinkedHashMap<>();
        List<Finding> f = ws.findings();
        c.put("documents", ws.documents());
        c.put("nodes", ws.graph().nodes().size());
        c.put("edges", ws.graph().edges().size());
        c.put("errors", f.stream().filter(x -> x.severity() == Severity.ERROR).count());
        c.put("warnings", f.stream().filter(x -> x.severity() == Severity.WARNING).count());
        c.put("infos", f.stream().filter(x -> x.severity() == Severity.INFO).count());
        Map<String, Object> byKind = new LinkedHashMap<>();
        for (Map.Entry<NodeKind, Integer> e : ws.graph().countByKind().entrySet()) {
            byKind.put(e.getKey().label(), e.getValue());
        }
        c.put("byKind", byKind);
        return c;
    }

    static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.rule());
        m.put("gate", f.gate() == null ? null : f.gate().label());
        m.put("severity", f.severity().label());
        m.put("node", f.node());
        m.put("repo", f.repo());
        m.put("path", f.path());
        m.put("line", f.line() > 0 ? f.line() : null);
        m.put("column", f.column() > 0 ? f.column() : null);
        m.put("message", f.message());
        m.put("hint", f.hint());
        return m;
    }
}
