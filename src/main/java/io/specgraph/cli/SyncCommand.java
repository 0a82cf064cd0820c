package io.specgraph.cli;

import io.specgraph.engine.Sync;
import io.specgraph.engine.WorkspaceException;
import io.specgraph.engine.WorkspaceFile;
import io.specgraph.git.CredentialPrompt;
import io.specgraph.git.CredentialStores;
import io.specgraph.git.PullMode;
import io.specgraph.git.RemoteAccess;
import io.specgraph.model.RepoSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;

/** {@code specgraph sync --workspace F}: clone the missing repos, fetch and pull the others. */
@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Clone the workspace's missing repos, fetch and pull the others (progress on stderr).",
                "HTTPS logins: SPECGRAPH_GIT_USER and SPECGRAPH_GIT_TOKEN, else asked on the console."},
        footer = {"", "Exit codes: 0 every repo synced, 1 some repo failed (the others are done), 2 usage error."})
final class SyncCommand implements Callable<Integer> {

    enum Pull { ff, rebase, merge }

    @Spec
    private CommandSpec spec;

    @Option(names = "--workspace", paramLabel = "F", required = true,
            description = "The workspace file (JSON) naming the repos, their remotes and branches.")
    private Path workspaceFile;

    @Option(names = "--pull", paramLabel = "MODE", defaultValue = "ff",
            description = "When both sides have commits: ff (change nothing, report), rebase or merge"
                    + " (default: ${DEFAULT-VALUE}).")
    private Pull pull;

    @Option(names = "--jobs", paramLabel = "N", defaultValue = "4", description = "Repos synced at once (default:"
            + " ${DEFAULT-VALUE}).")
    private int jobs;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    private boolean quiet;

    @Override
    public Integer call() {
        List<RepoSpec> repos;
        try {
            repos = WorkspaceFile.read(workspaceFile).repos();
        } catch (WorkspaceException e) {
            throw CliException.usage(e.getMessage());
        }
        if (jobs < 1) {
            throw CliException.usage("--jobs must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PullMode mode = switch (pull) {
            case ff -> PullMode.FAST_FORWARD_ONLY;
            case rebase -> PullMode.REBASE;
            case merge -> PullMode.MERGE;
        };
        List<Sync.RepoResult> results;
        try (RemoteAccess access = RemoteAccess.builder().store(CredentialStores.system()).prompt(prompt(err))
                .build()) {
            Sync.Listener listener = quiet ? Sync.Listener.NONE : new SyncProgress(err);
            results = Sync.run(repos, access, new Sync.Options(mode, jobs), listener);
        }
        int width = results.stream().mapToInt(r -> r.repo().length()).max().orElse(4);
        Map<Sync.Action, Integer> counts = new EnumMap<>(Sync.Action.class);
        for (Sync.RepoResult r : results) {
            counts.merge(r.action(), 1, Integer::sum);
            out.println(String.format(Locale.ROOT, "%-" + width + "s  %-10s  %s", r.repo(), label(r.action()),
                    r.detail()));
        }
        StringJoiner summary = new StringJoiner(", ", results.size() + (results.size() == 1 ? " repo: " : " repos: "),
                "");
        counts.forEach((a, n) -> summary.add(n + " " + label(a)));
        out.println(summary);
        out.flush();
        return results.stream().anyMatch(Sync.RepoResult::failed) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    static String label(Sync.Action a) {
        return a == Sync.Action.UP_TO_DATE ? "up to date" : a.name().toLowerCase(Locale.ROOT);
    }

    /** Logins from SPECGRAPH_GIT_USER / SPECGRAPH_GIT_TOKEN, else asked on the console when there is one. */
    private static CredentialPrompt prompt(PrintWriter err) {
        String user = System.getenv("SPECGRAPH_GIT_USER");
        String token = System.getenv("SPECGRAPH_GIT_TOKEN");
        if (token != null && !token.isEmpty()) {
            return new EnvLogin(user == null || user.isEmpty() ? "git" : user, token);
        }
        return System.console() == null ? CredentialPrompt.NONE : new ConsoleLogin(err);
    }
}
