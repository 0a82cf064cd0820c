package io.specgraph.cli;

import io.specgraph.ui.FxDemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code specgraph report}: a static site whose every link works, with nothing remote and no script. */
class ReportCommandTest {

    private static final Pattern REF = Pattern.compile("(?:href|src)=\"([^\"]*)\"");

    @TempDir
    Path dir;

    @Test
    void theDemoBecomesASiteWhoseEveryLinkLeadsToAPage() throws IOException {
        Path out = dir.resolve("site");
        CliRun r = CliRun.run("report", FxDemo.dir().toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("pages").contains("index.html");
        for (String page : List.of("index.html", "nodes.html", "queue.html", "adrs.html", "matrix.html")) {
            assertThat(out.resolve(page)).isRegularFile();
        }
        List<Path> pages = html(out);
        assertThat(pages).hasSize(5 + FxDemo.workspace().graph().nodes().size());
        for (Path p : pages) {
            String html = Files.readString(p, StandardCharsets.UTF_8);
            assertThat(html).doesNotContain("<script");
            Matcher m = REF.matcher(html);
            while (m.find()) {
                String ref = m.group(1);
                assertThat(ref).as(p + " links " + ref).doesNotStartWith("http").doesNotStartWith("//");
                assertThat(p.getParent().resolve(ref).normalize()).as(p + " links " + ref).isRegularFile();
            }
        }
        if (out.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(out.resolve("index.html")))
                    .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
        }
        String index = Files.readString(out.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(index).contains("<svg").contains("nodes/payments/SPEC-PAY-02.html");
        String queue = Files.readString(out.resolve("queue.html"), StandardCharsets.UTF_8);
        assertThat(queue).contains("blocked by ADR-100 (Proposed)");
        String spec = Files.readString(out.resolve("nodes/payments/SPEC-PAY-02.html"), StandardCharsets.UTF_8);
        assertThat(spec).contains("ready-to-implement").contains("RI1").contains("nodes/platform/ADR-100.html");
    }

    @Test
    void markupInDocumentsIsShownNotRunAndNothingRemoteIsLoaded() throws IOException {
        Path repo = FxDemo.fresh(dir).resolve("cart");
        Files.writeString(repo.resolve("specs/SPEC-X-01.md"), "---\nid: SPEC-X-01\nkind: component-spec\n"
                + "title: \"<script>alert(1)</script> Evil\"\nstatus: Draft\n---\n# <b>Evil</b>\n\n"
                + "<img src=\"https://evil.example/x.png\"><script>steal()</script>\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("site");
        CliRun r = CliRun.run("report", repo.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        for (Path p : html(out)) {
            String html = Files.readString(p, StandardCharsets.UTF_8);
            assertThat(html).doesNotContain("<script").doesNotContain("src=\"https").doesNotContain("<img");
        }
        assertThat(Files.readString(out.resolve("nodes/cart/SPEC-X-01.html"), StandardCharsets.UTF_8))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void anOutputThatIsAFileIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        CliRun r = CliRun.run("report", FxDemo.dir().toString(), "--out", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("is a file");
    }

    private static List<Path> html(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".html")).toList();
        }
    }
}
