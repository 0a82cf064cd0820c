package io.specgraph.ui.common;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The JavaFX {@link TaskRunner}: each piece of work is a {@link Task} on a small daemon pool; results come back on
 * the FX thread. Counts what is running and names the newest, for the status bar.
 */
public final class FxTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "specgraph-background");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper("");

    @Override
    public <T> Handle run(String title, Callable<T> work, Consumer<? super T> done,
                         Consumer<? super Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        running.set(running.get() + 1);
        current.set(title);
        task.setOnSucceeded(e -> {
            finished();
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished();
            LOG.warn("{} failed", title, task.getException());
            failed.accept(task.getException());
        });
        task.setOnCancelled(e -> finished());
        pool.execute(task);
        return new Handle() {
            @Override
            public void cancel() {
                task.cancel(true);
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }

    @Override
    public void onUi(Runnable action) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            action.run();
        } else {
            javafx.application.Platform.runLater(action);
        }
    }

    private void finished() {
        running.set(Math.max(0, running.get() - 1));
        if (running.get() == 0) {
            current.set("");
        }
    }

    /** How many pieces of work are running. */
    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The title of the newest running work, or empty. */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }
}
