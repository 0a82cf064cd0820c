package io.specgraph.e2e;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The installed app as a user gets it (packaging/README.md): the app image jpackage built, and the {@code .deb}
 * unpacked into a temporary root — {@code specgraph check} works from the launcher, and the app opens the demo on
 * first launch (under Xvfb). CI ({@code CI=true}) builds them (profile {@code package} is active there) and this test fails
 * there when they are missing; elsewhere it is skipped unless {@code mvn -Ppackage verify} built them.
 */
class PackagedAppIT {

    @TempDir
    static Path tmp;
    private static Path out;
    private static final boolean CI = "true".equals(System.getenv("CI"));

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void findImage() {
        out = Path.of(System.getProperty("specgraph.jpackage.dir", "target/jpackage")).resolve("out");
        if (!Files.isExecutable(out.resolve("specgraph/bin/specgraph"))) {
            if (CI && isLinux()) {
                fail("CI builds the app image (profile package, active when CI=true) but there is none in " + out);
            }
            Assumptions.abort("no app image: build it with mvn -Ppackage verify");
        }
    }

    private static boolean isLinux() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux");
    }

    private static Run run(List<String> cmd, Map<String, String> env) throws IOException, InterruptedException {
        Path o = Files.createTempFile(tmp, "out", ".txt");
        Path e = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(o.toFile()).redirectError(e.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", cmd) + " did not finish in 180 s; stderr: " + Files.readString(e));
        }
        return new Run(p.exitValue(), Files.readString(o, StandardCharsets.UTF_8),
                Files.readString(e, StandardCharsets.UTF_8));
    }

    /** {@code demo} then {@code check} from a launcher: exit 1 (the demo fails gates on purpose), findings listed. */
    private static void checksTheDemo(Path launcher, String name) throws Exception {
        Path demo = tmp.resolve(name + "-demo");
        Run written = run(List.of(launcher.toString(), "demo", demo.toString()), Map.of());
        assertThat(written.code()).as(written.err()).isZero();
        Run check = run(List.of(launcher.toString(), "check", demo.toString()), Map.of());
        assertThat(check.code()).as(check.err()).isEqualTo(1);
        assertThat(check.out()).contains("LG4").contains("error");
        assertThat(check.err()).doesNotContain("Unsupported JavaFX configuration").doesNotContain("Exception");
    }

    @Test
    void theAppImagesLauncherChecksTheDemo() throws Exception {
        checksTheDemo(out.resolve("specgraph/bin/specgraph"), "image");
        assertThat(out.resolve("specgraph/lib/specgraph.png")).isRegularFile();
    }

    @Test
    void theDebUnpackedIntoATempRootChecksTheDemoAndRegistersWorkspaceFiles() throws Exception {
        Path deb;
        try (Stream<Path> s = Files.list(out)) {
            deb = s.filter(p -> p.toString().endsWith(".deb")).findFirst().orElse(null);
        }
        if (deb == null) {
            if (CI && onPath("dpkg-deb") && onPath("fakeroot")) {
                fail("dpkg-deb and fakeroot are here but no .deb was built in " + out);
            }
            Assumptions.abort("no .deb (needs dpkg-deb and fakeroot)");
        }
        Path root = tmp.resolve("root");
        Run x = run(List.of("dpkg-deb", "-x", deb.toString(), root.toString()), Map.of());
        assertThat(x.code()).as(x.err()).isZero();
        checksTheDemo(root.resolve("opt/specgraph/bin/specgraph"), "deb");
        Run info = run(List.of("dpkg-deb", "-f", deb.toString(), "Depends", "Version"), Map.of());
        assertThat(info.out()).contains("libgtk-3-0");
        Path desktop;
        try (Stream<Path> s = Files.walk(root.resolve("opt/specgraph"))) {
            desktop = s.filter(p -> p.toString().endsWith(".desktop") && Files.isRegularFile(p)).findFirst()
                    .orElseThrow();
        }
        assertThat(Files.readString(desktop)).contains("MimeType=application/x-specgraph-workspace")
                .contains("Exec=/opt/specgraph/bin/specgraph %f").contains("Icon=/opt/specgraph/lib/specgraph.png");
        assertThat(root.resolve("opt/specgraph/lib/specgraph.png")).isRegularFile();
    }

    @Test
    void theAppImageOpensTheDemoOnFirstLaunch() throws Exception {
        List<String> cmd = new ArrayList<>();
        if (System.getenv("DISPLAY") == null) {
            if (!onPath("xvfb-run")) {
                if (CI) {
                    fail("CI needs xvfb-run to start the packaged app (.ci/run installs xvfb)");
                }
                Assumptions.abort("no display and no xvfb-run");
            }
            cmd.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24"));
        }
        cmd.add(out.resolve("specgraph/bin/specgraph").toString());
        Path home = tmp.resolve("home");
        Run r = run(cmd, Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "XDG_DATA_HOME", home.resolve("data").toString(),
                "JAVA_TOOL_OPTIONS", "-Dspecgraph.startup.bench=true"));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("specgraph: usable after").doesNotContain("Unsupported JavaFX configuration");
        Path demo = home.resolve("data/specgraph/demo/workspace.json");
        assertThat(demo).isRegularFile();
        Path team = Files.copy(demo, demo.resolveSibling("team.specgraph"));
        cmd.add(team.toString());
        Run opened = run(cmd, Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve("config").toString(),
                "XDG_DATA_HOME", home.resolve("data").toString(),
                "JAVA_TOOL_OPTIONS", "-Dspecgraph.startup.bench=true"));
        assertThat(opened.code()).as(opened.err()).isZero();
        assertThat(Files.readString(home.resolve("config/specgraph/recent.json")))
                .as("the file passed by the file association is opened (and so becomes the most recent)")
                .contains("team.specgraph");
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
