package io.specgraph.bench;

import io.specgraph.engine.AppDirs;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.WorkspaceStore;
import io.specgraph.ui.common.FxTaskRunner;
import io.specgraph.ui.editor.DocumentEditor;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The editor benchmark (docs/gui-editor.md): the 2,000-line spec open in a {@link DocumentEditor} on a shown stage,
 * in the synthetic workspace (default 50 repos, 10,000 documents, plus the big spec's repo). One keystroke at a
 * time, each followed by the pause: the buffer goes to {@code WorkbenchModel.edited}, is re-checked in the
 * background, and the editor refreshes from the new snapshot. Measures (1) the editor's snapshot refresh on the
 * FX thread (gate panel, findings, status, title), timed by listeners registered before and after the editor's;
 * (2) all CPU time the FX thread spent on one update — the pause handler, the refresh, the highlighting spans and the
 * pulses they cause — from the FX thread's CPU clock, less the same window without an edit.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.specgraph.bench.EditorBench
 * /tmp/sg-bench 50 10000 100}
 */
public final class EditorBench {

    private EditorBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("headless.geometry", "1920x1200-32");
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/sg-bench");
        int repos = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int documents = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int keys = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        List<Path> folders = new ArrayList<>(Bench.generateOnce(dir, repos, documents));
        Path big = BigSpec.writeRepo(dir.resolveSibling(dir.getFileName() + "-big").resolve("big"), 2_000);
        folders.add(big);
        Path home = Files.createTempDirectory("sg-editor-bench");

        Platform.startup(() -> { });
        FxTaskRunner tasks = new FxTaskRunner();
        WorkbenchModel wb = fx(() -> new WorkbenchModel(new WorkspaceStore(new AppDirs(home.resolve("c"),
                home.resolve("d"))), tasks, false));
        fx(() -> {
            wb.openFolders(folders);
            return null;
        });
        while (fx(() -> wb.model().get()) == null) {
            Thread.sleep(200);
        }
        Workspace ws = fx(() -> wb.model().get());
        String key = ws.graph().nodes().stream().filter(n -> n.path().equals(BigSpec.PATH)).findFirst()
                .orElseThrow().key();
        System.out.printf(Locale.ROOT, "workspace: %d repos, %d nodes, %d findings; spec %s, %d lines%n",
                ws.graph().repos().size(), ws.graph().nodes().size(), ws.findings().size(), key,
                ws.graph().node(key).orElseThrow().content().lineCount());

        long[] refreshStart = new long[1];
        List<Long> refresh = new ArrayList<>();
        Semaphore snapshots = new Semaphore(0);
        ChangeListener<Workspace> before = (o, a, b) -> refreshStart[0] = System.nanoTime();
        ChangeListener<Workspace> after = (o, a, b) -> {
            refresh.add(System.nanoTime() - refreshStart[0]);
            snapshots.release();
        };
        CodeArea area = fx(() -> {
            javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            wb.model().workspaceProperty().addListener(before);
            DocumentEditor editor = new DocumentEditor(wb, key, tasks);
            wb.model().workspaceProperty().addListener(after);
            Stage stage = new Stage();
            stage.setScene(new Scene(editor.root(), 1600, 1000));
            stage.show();
            return (CodeArea) editor.root().lookup("#editor-text");
        });
        long fxThread = fx(() -> Thread.currentThread().getId());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int at = fx(() -> area.getText().indexOf("The service MUST handle case 1"));

        int warmup = Math.max(20, keys / 2);
        List<Long> cycle = new ArrayList<>();
        List<Long> idle = new ArrayList<>();
        for (int i = 0; i < warmup + keys; i++) {
            int pos = at + i;
            fx(() -> {
                area.replaceText(pos, pos, "x");
                return null;
            });
            Thread.sleep(150);
            long cpu0 = threads.getThreadCpuTime(fxThread);
            long t0 = System.nanoTime();
            snapshots.drainPermits();
            if (!snapshots.tryAcquire(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("no snapshot after an edit");
            }
            Thread.sleep(250);
            long cpu1 = threads.getThreadCpuTime(fxThread);
            long window = System.nanoTime() - t0;
            Thread.sleep(100);
            long cpu2 = threads.getThreadCpuTime(fxThread);
            Thread.sleep(window / 1_000_000);
            long cpu3 = threads.getThreadCpuTime(fxThread);
            if (i >= warmup) {
                cycle.add(cpu1 - cpu0);
                idle.add(cpu3 - cpu2);
            }
        }
        List<Long> measured = refresh.subList(refresh.size() - keys, refresh.size());
        long idleMedian = median(idle);
        List<Long> work = cycle.stream().map(c -> Math.max(0, c - idleMedian)).toList();
        System.out.printf(Locale.ROOT, "snapshot refresh on the FX thread (%d updates): %s%n", keys, stats(measured));
        System.out.printf(Locale.ROOT, "FX thread CPU per update, pause to settled, less idle (%s): %s%n",
                ms(idleMedian), stats(work));
        System.exit(0);
    }

    private static long median(List<Long> xs) {
        long[] a = xs.stream().mapToLong(Long::longValue).sorted().toArray();
        return a[a.length / 2];
    }

    private static String stats(List<Long> xs) {
        long[] a = xs.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(a);
        return "min " + ms(a[0]) + ", median " + ms(a[a.length / 2]) + ", p95 " + ms(a[(int) (a.length * 0.95)])
                + ", max " + ms(a[a.length - 1]);
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
    }

    private static <T> T fx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.get();
    }
}
