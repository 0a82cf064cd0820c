package io.specgraph.cli;

import io.specgraph.engine.Workspace;
import io.specgraph.model.Finding;
import io.specgraph.model.Severity;

import java.util.List;
import java.util.Objects;

/** The text report: findings grouped by repo and file, then a summary line. */
final class CheckText {

    private CheckText() {
    }

    static String render(Workspace ws) {
        StringBuilder sb = new StringBuilder();
        List<Finding> findings = ws.findings();
        String repo = null;
        String path = null;
        for (Finding f : findings) {
            if (!Objects.equals(repo, f.repo())) {
                repo = f.repo();
                path = null;
                sb.append(repo.isEmpty() ? "(workspace)" : repo).append('\n');
            }
            if (!Objects.equals(path, f.path())) {
                path = f.path();
                sb.append("  ").append(path.isEmpty() ? "(repo)" : path).append('\n');
            }
            String pos = f.line() > 0 ? f.line() + (f.column() > 0 ? ":" + f.column() : "") : "-";
            sb.append("    ");
            pad(sb, pos, 8);
            pad(sb, f.severity().label(), 8);
            pad(sb, f.rule(), 6);
            sb.append(f.message());
            if (f.node() != null) {
                sb.append("  [").append(f.node()).append(']');
            }
            sb.append('\n');
            if (!f.hint().isEmpty()) {
                sb.append("                          fix: ").append(f.hint()).append('\n');
            }
        }
        if (!findings.isEmpty()) {
            sb.append('\n');
        }
        sb.append(summary(ws)).append('\n');
        return sb.toString();
    }

    private static void pad(StringBuilder sb, String text, int width) {
        sb.append(text);
        for (int i = text.length(); i < width; i++) {
            sb.append(' ');
        }
        if (text.length() >= width) {
            sb.append(' ');
        }
    }

    static String summary(Workspace ws) {
        List<Finding> f = ws.findings();
        long errors = f.stream().filter(x -> x.severity() == Severity.ERROR).count();
        long warnings = f.stream().filter(x -> x.severity() == Severity.WARNING).count();
        long infos = f.stream().filter(x -> x.severity() == Severity.INFO).count();
        return String.format("%d repos, %d documents, %d nodes, %d edges: %d errors, %d warnings, %d infos",
                ws.graph().repos().size(), ws.documents(), ws.graph().nodes().size(), ws.graph().edges().size(),
                errors, warnings, infos);
    }
}
