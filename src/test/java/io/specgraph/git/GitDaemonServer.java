package io.specgraph.git;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code git daemon} on 127.0.0.1 (a free port), serving the bare repos under a folder with push enabled.
 * The user's and system git config are ignored. Stops with {@link #close()}.
 */
public final class GitDaemonServer implements AutoCloseable {

    private final Process process;
    private final int port;

    private GitDaemonServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static GitDaemonServer start(Path base) throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            ProcessBuilder pb = new ProcessBuilder(List.of("git", "daemon", "--reuseaddr", "--listen=127.0.0.1",
                    "--port=" + port, "--base-path=" + base, "--export-all", "--enable=receive-pack",
                    "--informative-errors", base.toString())).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            isolate(pb, base);
            Process p = pb.start();
            if (waitForPort(port, p)) {
                return new GitDaemonServer(p, port);
            }
            p.destroyForcibly();
            last = new IOException("git daemon did not start on port " + port);
        }
        throw last;
    }

    /** The environment that makes the git CLI ignore the user's and system configuration. */
    public static void isolate(ProcessBuilder pb, Path home) {
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
        pb.environment().put("HOME", home.toString());
        pb.environment().put("GIT_TERMINAL_PROMPT", "0");
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress("127.0.0.1", 0));
            return s.getLocalPort();
        }
    }

    static boolean waitForPort(int port, Process p) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (p != null && !p.isAlive()) {
                return false;
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return true;
            } catch (IOException e) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }

    public int port() {
        return port;
    }

    /** The URL of {@code base/NAME.git}. */
    public String url(String name) {
        return "git://127.0.0.1:" + port + "/" + name + ".git";
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
