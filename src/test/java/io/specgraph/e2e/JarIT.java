package io.specgraph.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar as a user runs it: {@code java -jar target/specgraph.jar …} in a fresh process. */
class JarIT {

    @TempDir
    static Path tmp;
    private static Path jar;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("specgraph.jar", "target/specgraph.jar"));
        assertThat(jar).isRegularFile();
    }

    static Run java(List<String> jvmArgs, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-jar");
        cmd.add(jar.toAbsolutePath().toString());
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int code = p.waitFor();
        return new Run(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheDemoAndChecksItAsJsonWithoutLoadingJavaFx() throws Exception {
        Path demo = tmp.resolve("demo");
        Run written = java(List.of(), "demo", demo.toString());
        assertThat(written.code()).as(written.err()).isZero();
        Run check = java(List.of("-verbose:class"), "check", "--format", "json", demo.toString());
        assertThat(check.code()).as("the demo has failing findings on purpose").isEqualTo(1);
        int json = check.out().indexOf("{\n  \"schema\"");
        assertThat(json).isGreaterThanOrEqualTo(0);
        String classLog = check.out().substring(0, json);
        assertThat(classLog).contains("io.specgraph.cli.CheckCommand").doesNotContain("javafx.");
        JsonNode report = new ObjectMapper().readTree(check.out().substring(json));
        assertThat(report.path("schema").asText()).isEqualTo("specgraph.check/1");
        assertThat(report.path("repos")).hasSize(4);
        assertThat(report.path("counts").path("nodes").asInt()).isGreaterThan(45);
        assertThat(report.path("counts").path("errors").asInt()).isPositive();
        assertThat(report.path("findings")).anySatisfy(f -> assertThat(f.path("rule").asText()).isEqualTo("LG4"));
        assertThat(check.err()).isEmpty();
    }

    @Test
    void reportsAMissingTargetInOneLineWithExitTwo() throws Exception {
        Run r = java(List.of(), "check", tmp.resolve("missing").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip().lines()).hasSize(1);
        assertThat(r.err()).startsWith("specgraph: target not found");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void printsItsVersionFromTheManifest() throws Exception {
        Run r = java(List.of(), "--version");
        assertThat(r.code()).isZero();
        assertThat(r.out().strip()).matches("specgraph \\d+\\.\\d+\\.\\d+.*");
    }
}
