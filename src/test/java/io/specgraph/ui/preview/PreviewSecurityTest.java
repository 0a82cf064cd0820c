package io.specgraph.ui.preview;

import com.sun.net.httpserver.HttpServer;
import io.specgraph.engine.view.preview.PreviewHtml;
import io.specgraph.engine.view.preview.PreviewOptions;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.specgraph.ui.preview.PreviewPages.awaitRendered;
import static io.specgraph.ui.preview.PreviewPages.js;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hostile document in the real WebView against a real HTTP server on 127.0.0.1: nothing reaches the server, no
 * script of the document runs, and the diagrams are still drawn, offline. A control page without the preview's
 * defences shows that the same server and marker do see a request and a script when they happen.
 */
@ExtendWith(ApplicationExtension.class)
class PreviewSecurityTest {

    private static final Logger LOG = LoggerFactory.getLogger(PreviewSecurityTest.class);

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private PreviewView view;

    @Start
    void start(Stage stage) {
        view = new PreviewView(url -> requests.add("opened " + url));
        stage.setScene(new Scene(view.root(), 900, 700));
        stage.show();
    }

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            byte[] body = "window.marker = 'served';".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void hostileDocumentLoadsNothingRunsNothingAndStillDrawsItsDiagrams(FxRobot robot) {
        String b = base();
        String md = "# Hostile\n\n<script>window.marker = 'inline';</script>\n\n"
                + "<script src=\"" + b + "/s.js\"></script>\n\n"
                + "<img src=\"" + b + "/x.png\" onerror=\"window.marker = 'onerror'\">\n\n"
                + "![](" + b + "/y.png)\n\n"
                + "<iframe src=\"" + b + "/frame\"></iframe>\n\n"
                + "<link rel=\"stylesheet\" href=\"" + b + "/style.css\">\n\n"
                + "<style>body { background: url(" + b + "/bg.png) }</style>\n\n"
                + "<svg><script>window.marker = 'svg';</script></svg>\n\n"
                + "[link](javascript:window.marker='link') <a href=\"#\" onclick=\"window.marker='a'\">a</a>\n\n"
                + "```mermaid\nstateDiagram-v2\n    [*] --> Draft\n    Draft --> Approved: gates pass\n"
                + "    Approved --> [*]\n```\n\n"
                + "```mermaid\nflowchart LR\n    A[\"<img src=" + b + "/m.png onerror=window.marker='mermaid'>\"]"
                + " --> B\n    click A \"" + b + "/click\"\n    click B call marker()\n```\n\nEND\n";
        long t0 = System.nanoTime();
        robot.interact(() -> view.showNow(md));
        awaitRendered(view, "END");
        double first = (System.nanoTime() - t0) / 1e6;
        PreviewPages.sleep(700); // time for any late request
        assertThat(requests).isEmpty();
        assertThat(js(view, "typeof window.marker")).isEqualTo("undefined");
        assertThat(js(view, "window.specgraph.diagrams")).isEqualTo("done");
        assertThat(js(view, "document.querySelectorAll('pre.mermaid > svg').length")).isEqualTo(2);
        assertThat((String) js(view, "document.querySelector('pre.mermaid > svg').textContent"))
                .contains("Draft").contains("Approved").contains("gates pass");
        // mermaid's strict mode alone keeps <img src> in a label: the page's sanitiser settings remove it too
        assertThat(js(view, "Array.prototype.map.call(document.querySelectorAll("
                + "'img, image, iframe, link, script:not([nonce])'), function (e) { return e.outerHTML; }).join()"))
                .isEqualTo("");
        robot.interact(() -> view.engine().executeScript("document.querySelector('a').click()"));
        assertThat(js(view, "typeof window.marker")).isEqualTo("undefined");
        LOG.info("first hostile render with two diagrams: {} ms", Math.round(first));
    }

    @Test
    void contentSecurityPolicyAloneStopsInjectedMarkup(FxRobot robot) {
        String injected = "<p>INJECTED</p><script>window.marker = 'inline';</script>"
                + "<img src=\"" + base() + "/csp.png\" onerror=\"window.marker = 'onerror'\">"
                + "<script src=\"" + base() + "/csp.js\"></script>";
        String page = PreviewHtml.page(new PreviewHtml.Body(List.of(injected), false), PreviewOptions.lightTheme());
        robot.interact(() -> view.engine().loadContent(page));
        awaitRendered(view, "INJECTED");
        PreviewPages.sleep(700);
        assertThat(requests).isEmpty();
        assertThat(js(view, "typeof window.marker")).isEqualTo("undefined");
    }

    @Test
    void controlWithoutTheDefencesDoesReachTheServer(FxRobot robot) {
        String raw = "<html><body><p>RAW</p><script>window.marker = 'inline';</script>"
                + "<img src=\"" + base() + "/control.png\"><script>window.specgraph = {diagrams: 'done'};</script>"
                + "<main id=\"doc\">RAW</main></body></html>";
        robot.interact(() -> view.engine().loadContent(raw));
        awaitRendered(view, "RAW");
        for (int i = 0; i < 100 && requests.isEmpty(); i++) {
            PreviewPages.sleep(20);
        }
        assertThat(requests).contains("/control.png");
        assertThat(js(view, "window.marker")).isEqualTo("inline");
    }
}
