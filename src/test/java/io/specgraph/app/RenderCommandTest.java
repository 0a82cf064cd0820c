package io.specgraph.app;

import io.specgraph.cli.Cli;
import io.specgraph.ui.FxDemo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code specgraph render} draws each view offscreen to a PNG of the asked size; bad options are usage errors. */
class RenderCommandTest {

    @TempDir
    Path dir;

    @BeforeAll
    static void renderer() {
        Cli.setRenderer(new OffscreenRenderer());
    }

    @AfterAll
    static void noRenderer() {
        Cli.setRenderer(null);
    }

    private int run(ByteArrayOutputStream err, String... args) {
        return Cli.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void everyViewRendersToAPngOfTheAskedSize() throws Exception {
        for (String view : new String[] {"graph", "queue", "adr-board", "matrix", "initiatives"}) {
            Path out = dir.resolve(view + ".png");
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = run(err, "render", FxDemo.dir().toString(), "--view", view, "--out", out.toString(),
                    "--width", "640", "--height", "360");
            assertThat(code).as(view + ": " + err).isZero();
            BufferedImage img = ImageIO.read(out.toFile());
            assertThat(img.getWidth()).isEqualTo(640);
            assertThat(img.getHeight()).isEqualTo(360);
            assertThat(distinctColours(img)).as(view + " draws something").isGreaterThan(2);
        }
    }

    @Test
    void anUnknownViewOrSizeIsAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertThat(run(err, "render", FxDemo.dir().toString(), "--view", "pie", "--out",
                dir.resolve("x.png").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown view 'pie'");
        err.reset();
        assertThat(run(err, "render", FxDemo.dir().toString(), "--view", "graph", "--out",
                dir.resolve("x.png").toString(), "--width", "5")).isEqualTo(2);
        err.reset();
        assertThat(run(err, "render", FxDemo.dir().toString(), "--view", "graph", "--out",
                dir.resolve("no/such/x.png").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("folder not found");
    }

    private static int distinctColours(BufferedImage img) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 4) {
            for (int x = 0; x < img.getWidth(); x += 4) {
                seen.add(img.getRGB(x, y));
            }
        }
        return seen.size();
    }
}
