package io.specgraph.ui.preview;

import io.specgraph.engine.view.preview.PreviewHtml;
import io.specgraph.ui.common.FxTaskRunner;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The preview benchmark (docs/gui-preview.md), headless (Monocle, software rendering), in a fresh JVM: the first
 * render (WebView start, page with the 3 MB mermaid bundle, two diagrams drawn), re-renders in place (one paragraph
 * changed, diagrams redrawn), full reloads (theme switch), and a 2,000-line spec without diagrams: HTML generation
 * (in the background) and its in-place re-render. Times are wall-clock to "drawn"; "FX thread" is the work on the FX
 * thread once the HTML is ready (patching the page, or loading it).
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt)
 * io.specgraph.ui.preview.PreviewBench 20}
 */
public final class PreviewBench {

    private static final String DIAGRAMS = "```mermaid\nstateDiagram-v2\n    [*] --> Draft\n    Draft --> InReview\n"
            + "    InReview --> Approved: gates pass\n    InReview --> Draft: changes asked\n"
            + "    Approved --> Implementing\n"
            + "    Implementing --> Done\n    Done --> [*]\n```\n\n```mermaid\nsequenceDiagram\n"
            + "    participant E as Editor\n    participant G as Engine\n    E->>G: edited(buffer)\n"
            + "    G-->>E: findings\n    E->>E: gate panel\n```\n\n";

    private PreviewBench() {
    }

    public static void main(String[] args) throws Exception {
        String[] headless = {"glass.platform=Monocle", "monocle.platform=Headless", "prism.order=sw", "prism.text=t2k",
            "headless.geometry=1920x1200-32"};
        for (String p : headless) {
            System.setProperty(p.substring(0, p.indexOf('=')), p.substring(p.indexOf('=') + 1));
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Platform.startup(() -> { });

        long t0 = System.nanoTime();
        PreviewView view = fx(() -> {
            PreviewView v = new PreviewView(url -> { }, url -> { }, new FxTaskRunner());
            Stage stage = new Stage();
            stage.setScene(new Scene(v.root(), 1200, 900));
            stage.show();
            v.showNow("# Lifecycle\n\n" + DIAGRAMS + "Text 0.\n");
            return v;
        });
        awaitDrawn(view, "Text 0.");
        print("first render (WebView start + mermaid, 2 diagrams)", List.of(System.nanoTime() - t0));

        List<Long> fxPart = new ArrayList<>();
        List<Long> inPlace = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            String md = "# Lifecycle\n\n" + DIAGRAMS + "Text " + i + ".\n";
            long s = System.nanoTime();
            fx(() -> {
                view.showNow(md);
                return null;
            });
            awaitDrawn(view, "Text " + i + ".");
            fxPart.add(fx(view::applyNanos));
            inPlace.add(System.nanoTime() - s);
        }
        print("re-render in place, one paragraph, 2 diagrams", inPlace);
        print("  of which FX thread (patch of the changed block)", fxPart);

        List<Long> reload = new ArrayList<>();
        for (int i = 0; i < Math.max(3, runs / 2); i++) {
            boolean dark = i % 2 == 0;
            long s = System.nanoTime();
            fx(() -> {
                view.setDark(dark);
                return null;
            });
            awaitDrawn(view, "Text " + runs + ".", "document.body.className === '" + (dark ? "dark" : "light") + "'");
            reload.add(System.nanoTime() - s);
        }
        print("full reload (theme switch), 2 diagrams", reload);

        String big = bigSpec(2_000);
        List<Long> html = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            PreviewHtml.body(big + i);
            html.add(System.nanoTime() - s);
        }
        print("PreviewHtml.body, 2,000-line spec", html);
        fx(() -> {
            view.showNow(big + "BIG 0");
            return null;
        });
        awaitDrawn(view, "BIG 0");
        List<Long> bigFx = new ArrayList<>();
        List<Long> bigAll = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            String md = big + "BIG " + i;
            long s = System.nanoTime();
            fx(() -> {
                view.showNow(md);
                return null;
            });
            awaitDrawn(view, "BIG " + i);
            bigFx.add(fx(view::applyNanos));
            bigAll.add(System.nanoTime() - s);
        }
        print("re-render in place, 2,000-line spec", bigAll);
        print("  of which FX thread (patch)", bigFx);
        Platform.exit();
        System.exit(0);
    }

    private static String bigSpec(int lines) {
        StringBuilder b = new StringBuilder("---\nid: SPEC-BIG-1\nstatus: Draft\n---\n# Checkout overhaul\n\n");
        int n = 0;
        while (b.chars().filter(c -> c == '\n').count() < lines) {
            b.append("## Section ").append(n).append("\n\n");
            for (int i = 0; i < 8; i++) {
                b.append("- The service MUST handle case ").append(n * 8 + i).append(" with `code` and **bold**.\n");
            }
            b.append("\n| rule | value |\n|---|---|\n| R").append(n).append(" | ").append(n).append(" |\n\n");
            n++;
        }
        return b.toString();
    }

    private static void awaitDrawn(PreviewView view, String text) throws Exception {
        awaitDrawn(view, text, "true");
    }

    private static void awaitDrawn(PreviewView view, String text, String also) throws Exception {
        String check = "window.specgraph !== undefined && window.specgraph.diagrams !== 'pending'"
                + " && document.getElementById('doc').textContent.indexOf('" + text + "') >= 0 && " + also;
        while (!fx(() -> view.engine().getLoadWorker().getState() == Worker.State.SUCCEEDED
                && Boolean.TRUE.equals(view.engine().executeScript(check)))) {
            Thread.sleep(2);
        }
    }

    private static void print(String what, List<Long> nanos) {
        long[] a = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-48s n=%d min %.1f ms, median %.1f ms, max %.1f ms%n", what, a.length,
                a[0] / 1e6, a[a.length / 2] / 1e6, a[a.length - 1] / 1e6);
        Arrays.fill(a, 0);
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
