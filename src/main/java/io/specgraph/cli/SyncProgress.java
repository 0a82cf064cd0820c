package io.specgraph.cli;

import io.specgraph.engine.Sync;
import io.specgraph.git.ProgressListener;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Prints sync progress on stderr, one line at a time so CI logs stay readable: each phase of each repo at its start,
 * every quarter of phases with 1,000 steps or more, then the repo's result.
 */
final class SyncProgress implements Sync.Listener {

    private final PrintWriter err;

    SyncProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public ProgressListener progress(String repo) {
        return new ProgressListener() {
            private String title;
            private int total;
            private int done;
            private int lastQuarter;

            @Override
            public void task(String t, int totalWork) {
                title = t;
                total = totalWork;
                done = 0;
                lastQuarter = 0;
                line(repo + ": " + t + (totalWork > 0 ? " (" + totalWork + ")" : ""));
            }

            @Override
            public void worked(int units) {
                done += units;
                if (total >= 1_000) {
                    int quarter = Math.min(4, done * 4 / total);
                    if (quarter > lastQuarter) {
                        lastQuarter = quarter;
                        line(String.format(Locale.ROOT, "%s: %s %d%% (%d/%d)", repo, title, quarter * 25, done, total));
                    }
                }
            }
        };
    }

    @Override
    public void finished(Sync.RepoResult r) {
        line(r.repo() + ": " + SyncCommand.label(r.action()));
    }

    private void line(String s) {
        synchronized (err) {
            err.println(s);
            err.flush();
        }
    }
}
