package io.specgraph.cli;

import io.specgraph.engine.Workspace;
import io.specgraph.model.Finding;
import io.specgraph.model.RepoInfo;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or {@code ::notice} annotation per
 * finding, with the file relative to the working directory (so annotations land on the checked-out repo's files),
 * then the summary line.
 */
final class CheckGithub {

    private CheckGithub() {
    }

    static String render(Workspace ws) {
        Path cwd = Path.of("").toAbsolutePath();
        Map<String, Path> roots = new HashMap<>();
        for (RepoInfo r : ws.graph().repos()) {
            roots.put(r.name(), r.path().toAbsolutePath().normalize());
        }
        StringBuilder sb = new StringBuilder();
        for (Finding f : ws.findings()) {
            String level = switch (f.severity()) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case INFO -> "notice";
            };
            sb.append("::").append(level).append(' ');
            Path root = roots.get(f.repo());
            if (root != null) {
                Path file = f.path().isEmpty() ? root : root.resolve(f.path());
                String rel = file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
                sb.append("file=").append(property(rel.replace('\\', '/'))).append(',');
                if (f.line() > 0) {
                    sb.append("line=").append(f.line()).append(',');
                    if (f.column() > 0) {
                        sb.append("col=").append(f.column()).append(',');
                    }
                }
            }
            sb.append("title=").append(property(f.rule() + (f.node() == null ? "" : " " + f.node())));
            sb.append("::").append(data(f.message() + (f.hint().isEmpty() ? "" : "\nFix: " + f.hint()))).append('\n');
        }
        sb.append(CheckText.summary(ws)).append('\n');
        return sb.toString();
    }

    /** Escapes a workflow command's message. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escapes a workflow command property value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
