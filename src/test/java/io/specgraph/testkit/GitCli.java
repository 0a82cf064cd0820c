package io.specgraph.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real {@code git} command, for tests that want git's own verdict (diff stats), with user config ignored. */
public final class GitCli {

    private GitCli() {
    }

    /** Lines added and removed per {@code git diff --numstat}, and the files changed. */
    public record NumStat(List<String> files, int added, int removed) {
    }

    public static String run(Path dir, String... args) {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.com",
                "-c", "core.autocrlf=false", "-c", "commit.gpgsign=false"));
        cmd.addAll(List.of(args));
        try {
            ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
            pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
            pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static void commitAll(Path dir) {
        run(dir, "init", "-q", "-b", "main");
        run(dir, "add", "-A");
        run(dir, "commit", "-q", "-m", "start");
    }

    public static NumStat numstat(Path dir) {
        List<String> files = new ArrayList<>();
        int added = 0;
        int removed = 0;
        for (String line : run(dir, "diff", "--numstat").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t");
            added += Integer.parseInt(parts[0]);
            removed += Integer.parseInt(parts[1]);
            files.add(parts[2]);
        }
        return new NumStat(files, added, removed);
    }
}
