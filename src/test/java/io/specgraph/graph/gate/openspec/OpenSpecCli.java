package io.specgraph.graph.gate.openspec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code openspec} CLI (npm {@code @fission-ai/openspec}, pinned), installed once per build into
 * {@code target/openspec-cli} and run with telemetry, update checks and the user's global OpenSpec config switched
 * off. When node or npm is missing, too old, or the registry cannot be reached, the calling test is skipped.
 */
final class OpenSpecCli {

    static final String VERSION = "1.13.2";
    static final Path PREFIX = Path.of("target", "openspec-cli");
    private static final String PACKAGE = "@fission-ai/openspec";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One issue as {@code openspec validate --json} prints it. */
    record Issue(String level, String path, String message, Integer line) {
    }

    /** One item of {@code openspec validate --all --json}. */
    record Item(String type, String id, boolean valid, List<Issue> issues) {
    }

    private final Path bin;
    private final Path home;

    private OpenSpecCli(Path bin, Path home) {
        this.bin = bin;
        this.home = home;
    }

    /** The installed CLI, installing it first when needed; skips the test when that is impossible. */
    static synchronized OpenSpecCli install(Path home) {
        String node = run(List.of("node", "--version"), Path.of("."), null, 30);
        Assumptions.assumeTrue(node != null && nodeIsRecent(node.trim()),
                "node >= 20.19 is not available (found: " + node + "); skipping the OpenSpec parity test");
        Path pkg = PREFIX.resolve("node_modules").resolve(PACKAGE);
        Path bin = pkg.resolve("bin/openspec.js");
        if (!installedVersion(pkg).equals(VERSION)) {
            String npm = run(List.of("npm", "--version"), Path.of("."), null, 60);
            Assumptions.assumeTrue(npm != null, "npm is not available; skipping the OpenSpec parity test");
            try {
                Files.createDirectories(PREFIX);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            String out = run(List.of("npm", "install", "--prefix", PREFIX.toString(), "--no-audit", "--no-fund",
                    "--loglevel=error", "--fetch-retries=2", "--fetch-retry-mintimeout=2000",
                    "--fetch-retry-maxtimeout=10000", PACKAGE + "@" + VERSION), Path.of("."), null, 600);
            Assumptions.assumeTrue(out != null && installedVersion(pkg).equals(VERSION),
                    "could not install " + PACKAGE + "@" + VERSION + " with npm (registry unreachable?); "
                            + "skipping the OpenSpec parity test");
        }
        return new OpenSpecCli(bin.toAbsolutePath(), home);
    }

    /** {@code openspec validate --all --json [--strict]} in {@code repo}, items by {@code type/id}. */
    Map<String, Item> validateAll(Path repo, boolean strict) {
        List<String> cmd = new ArrayList<>(List.of("node", bin.toString(), "validate", "--all", "--json",
                "--no-interactive"));
        if (strict) {
            cmd.add("--strict");
        }
        String out = run(cmd, repo, home, 300);
        if (out == null) {
            throw new AssertionError("openspec validate did not run in " + repo);
        }
        try {
            JsonNode root = JSON.readTree(out);
            Map<String, Item> items = new java.util.TreeMap<>();
            for (JsonNode it : root.path("items")) {
                List<Issue> issues = new ArrayList<>();
                for (JsonNode i : it.path("issues")) {
                    issues.add(new Issue(i.path("level").asText(), i.path("path").asText(), i.path("message").asText(),
                            i.has("line") ? i.path("line").asInt() : null));
                }
                Item item = new Item(it.path("type").asText(), it.path("id").asText(), it.path("valid").asBoolean(),
                        issues);
                items.put(item.type() + "/" + item.id(), item);
            }
            return items;
        } catch (IOException e) {
            throw new AssertionError("openspec printed no JSON in " + repo + ": " + out, e);
        }
    }

    private static boolean nodeIsRecent(String version) {
        String[] v = version.replaceFirst("^v", "").split("\\.");
        try {
            int major = Integer.parseInt(v[0]);
            int minor = v.length > 1 ? Integer.parseInt(v[1]) : 0;
            return major > 20 || major == 20 && minor >= 19;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String installedVersion(Path pkg) {
        try {
            return JSON.readTree(pkg.resolve("package.json").toFile()).path("version").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    /** Runs a command; its stdout, or null when it cannot start or times out. */
    private static String run(List<String> cmd, Path dir, Path home, int timeoutSeconds) {
        Path out = null;
        try {
            out = Files.createTempFile("openspec-cli", ".out");
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
            Map<String, String> env = pb.environment();
            env.put("OPENSPEC_TELEMETRY", "0");
            env.put("DO_NOT_TRACK", "1");
            env.put("OPENSPEC_NO_UPDATE_CHECK", "1");
            env.put("NO_COLOR", "1");
            if (home != null) {
                env.put("HOME", home.toString());
                env.put("XDG_CONFIG_HOME", home.resolve(".config").toString());
                env.put("XDG_DATA_HOME", home.resolve(".local/share").toString());
                env.put("XDG_CACHE_HOME", home.resolve(".cache").toString());
            }
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException e) {
                    // a temp file left behind is harmless
                }
            }
        }
    }
}
