package io.specgraph.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one background seam: runs work off the UI thread and hands its result (an immutable value) back on it.
 * {@link FxTaskRunner} uses {@code javafx.concurrent.Task}; {@link #inline()} runs everything at once on the
 * calling thread, for view-model tests without a toolkit.
 */
public interface TaskRunner {

    /** A running piece of work; {@link #cancel()} asks it to stop (its result is then dropped). */
    interface Handle {
        void cancel();

        boolean isDone();
    }

    /**
     * Runs {@code work} in the background; {@code done} gets its result, {@code failed} the exception (both on the
     * UI thread). {@code title} is what the status bar shows while it runs.
     */
    <T> Handle run(String title, Callable<T> work, Consumer<? super T> done, Consumer<? super Throwable> failed);

    /** Runs {@code action} on the UI thread (later, when called from another thread). */
    void onUi(Runnable action);

    /** A runner that does everything immediately on the calling thread. */
    static TaskRunner inline() {
        return new TaskRunner() {
            @Override
            public <T> Handle run(String title, Callable<T> work, Consumer<? super T> done,
                                  Consumer<? super Throwable> failed) {
                try {
                    done.accept(work.call());
                } catch (Exception e) {
                    failed.accept(e);
                }
                return new Handle() {
                    @Override
                    public void cancel() {
                    }

                    @Override
                    public boolean isDone() {
                        return true;
                    }
                };
            }

            @Override
            public void onUi(Runnable action) {
                action.run();
            }
        };
    }
}
