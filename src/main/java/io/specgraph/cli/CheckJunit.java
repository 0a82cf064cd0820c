package io.specgraph.cli;

import io.specgraph.engine.Workspace;
import io.specgraph.graph.gate.Verdict;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Node;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.Severity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI dashboards: a test suite per repo; per gated node one test case per gate (failed with the gate's
 * error findings, skipped when n/a), and per node or file with other findings one test case "rules" (failed by
 * errors, and by warnings under --strict).
 */
final class CheckJunit {

    private CheckJunit() {
    }

    private record Case(String classname, String name, String file, List<Finding> failures, boolean skipped,
                        List<Finding> notes) {
    }

    static String render(Workspace ws, boolean strict) {
        Map<String, List<Case>> byRepo = new LinkedHashMap<>();
        ws.graph().repos().forEach(r -> byRepo.put(r.name(), new ArrayList<>()));
        Map<String, List<Finding>> byNode = new LinkedHashMap<>();
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding f : ws.findings()) {
            if (f.node() != null) {
                byNode.computeIfAbsent(f.repo() + "/" + f.node(), k -> new ArrayList<>()).add(f);
            } else {
                byFile.computeIfAbsent(f.repo() + "\u0000" + f.path(), k -> new ArrayList<>()).add(f);
            }
        }
        for (Node n : ws.graph().nodes()) {
            List<Finding> fs = byNode.getOrDefault(n.key(), List.of());
            Map<Gate, Verdict> verdicts = ws.gates().verdicts().getOrDefault(n.key(), Map.of());
            String cls = n.repo() + "." + n.id();
            for (Map.Entry<Gate, Verdict> v : verdicts.entrySet()) {
                List<Finding> failing = fs.stream().filter(f -> f.gate() == v.getKey() && f.isError()).toList();
                List<Finding> notes = fs.stream().filter(f -> f.gate() == v.getKey() && !f.isError()).toList();
                byRepo.computeIfAbsent(n.repo(), k -> new ArrayList<>()).add(new Case(cls, v.getKey().label(), n.path(),
                        failing, v.getValue() == Verdict.NA, notes));
            }
            List<Finding> other = fs.stream().filter(f -> f.gate() == null).toList();
            if (!other.isEmpty()) {
                byRepo.computeIfAbsent(n.repo(), k -> new ArrayList<>()).add(rules(cls, n.path(), other, strict));
            }
        }
        for (Map.Entry<String, List<Finding>> e : byFile.entrySet()) {
            Finding first = e.getValue().get(0);
            String cls = first.repo() + "." + (first.path().isEmpty() ? "(repo)" : first.path());
            byRepo.computeIfAbsent(first.repo(), k -> new ArrayList<>()).add(rules(cls, first.path(), e.getValue(), strict));
        }
        return xml(byRepo, ws.graph().repos());
    }

    private static Case rules(String cls, String file, List<Finding> fs, boolean strict) {
        List<Finding> failing = fs.stream().filter(f -> f.isError() || strict && f.severity() == Severity.WARNING).toList();
        List<Finding> notes = fs.stream().filter(f -> !failing.contains(f)).toList();
        return new Case(cls, "rules", file, failing, false, notes);
    }

    private static String xml(Map<String, List<Case>> byRepo, List<RepoInfo> repos) {
        int tests = 0;
        int failures = 0;
        int skipped = 0;
        StringBuilder suites = new StringBuilder();
        for (Map.Entry<String, List<Case>> e : byRepo.entrySet()) {
            List<Case> cases = e.getValue();
            int f = (int) cases.stream().filter(c -> !c.failures().isEmpty()).count();
            int s = (int) cases.stream().filter(Case::skipped).count();
            tests += cases.size();
            failures += f;
            skipped += s;
            suites.append("  <testsuite name=\"").append(esc(e.getKey())).append("\" tests=\"").append(cases.size())
                    .append("\" failures=\"").append(f).append("\" errors=\"0\" skipped=\"").append(s).append("\">\n");
            for (Case c : cases) {
                suites.append("    <testcase classname=\"").append(esc(c.classname())).append("\" name=\"")
                        .append(esc(c.name())).append("\" file=\"").append(esc(c.file())).append('"');
                if (c.failures().isEmpty() && !c.skipped() && c.notes().isEmpty()) {
                    suites.append("/>\n");
                    continue;
                }
                suites.append(">\n");
                if (c.skipped()) {
                    suites.append("      <skipped message=\"n/a: no rule of this gate applies\"/>\n");
                }
                if (!c.failures().isEmpty()) {
                    Finding first = c.failures().get(0);
                    suites.append("      <failure type=\"").append(esc(first.rule())).append("\" message=\"")
                            .append(esc(first.message())).append("\">").append(esc(lines(c.failures())))
                            .append("</failure>\n");
                }
                if (!c.notes().isEmpty()) {
                    suites.append("      <system-out>").append(esc(lines(c.notes()))).append("</system-out>\n");
                }
                suites.append("    </testcase>\n");
            }
            suites.append("  </testsuite>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"specgraph\" tests=\"" + tests
                + "\" failures=\"" + failures + "\" errors=\"0\" skipped=\"" + skipped + "\">\n" + suites
                + "</testsuites>\n";
    }

    private static String lines(List<Finding> fs) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : fs) {
            sb.append(f.severity().label()).append(' ').append(f.rule()).append(' ').append(f.location()).append(": ")
                    .append(f.message()).append(f.hint().isEmpty() ? "" : " (fix: " + f.hint() + ")").append('\n');
        }
        return sb.toString();
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> sb.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
            }
        }
        return sb.toString();
    }
}
