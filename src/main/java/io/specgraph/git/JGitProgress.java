package io.specgraph.git;

import org.eclipse.jgit.lib.ProgressMonitor;

/** Adapts a {@link ProgressListener} to JGit's {@link ProgressMonitor}. */
final class JGitProgress implements ProgressMonitor {

    private final ProgressListener listener;

    JGitProgress(ProgressListener listener) {
        this.listener = listener == null ? ProgressListener.NONE : listener;
    }

    @Override
    public void start(int totalTasks) {
        // phases are reported one by one
    }

    @Override
    public void beginTask(String title, int totalWork) {
        listener.task(title, totalWork == UNKNOWN ? 0 : totalWork);
    }

    @Override
    public void update(int completed) {
        listener.worked(completed);
    }

    @Override
    public void endTask() {
        // the next beginTask starts the next phase
    }

    @Override
    public boolean isCancelled() {
        return listener.isCancelled();
    }

    @Override
    public void showDuration(boolean enabled) {
        // durations are not shown
    }

    static void checkCancelled(ProgressListener listener, String what) throws GitException {
        if (listener != null && listener.isCancelled()) {
            throw new GitException(what + " was cancelled; nothing was changed", Fault.CANCELLED, null);
        }
    }
}
