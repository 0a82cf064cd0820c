package io.specgraph.git;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.function.Function;

/**
 * The three real servers a test class runs on 127.0.0.1 over one folder of bare repos — {@code git daemon}, smart
 * HTTP (GitServlet in Jetty) and SSH (Apache MINA sshd, key auth) — with a {@link RemoteAccess} for each that
 * reaches it (the SSH one with its own key, {@code known_hosts} and config; no agent).
 */
public final class TestServers implements AutoCloseable {

    /** One way to reach the repos. */
    public record Transport(String name, Function<String, String> urls, RemoteAccess access) {
        public String url(String repo) {
            return urls.apply(repo);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private final GitDaemonServer daemon;
    private final HttpGitServer http;
    private final SshGitServer ssh;
    private final RemoteAccess sshAccess;
    private final RemoteAccess plainAccess;
    private final Path base;

    private TestServers(Path base, GitDaemonServer daemon, HttpGitServer http, SshGitServer ssh,
                        RemoteAccess sshAccess) {
        this.base = base;
        this.daemon = daemon;
        this.http = http;
        this.ssh = ssh;
        this.sshAccess = sshAccess;
        this.plainAccess = RemoteAccess.builder().timeoutSeconds(20).build();
    }

    public static TestServers start(Path dir) throws Exception {
        Path base = Files.createDirectories(dir.resolve("remotes"));
        KeyPair user = SshGitServer.newKeyPair();
        GitDaemonServer daemon = GitDaemonServer.start(base);
        HttpGitServer http = HttpGitServer.start(base);
        SshGitServer ssh = SshGitServer.start(base, user.getPublic());
        Path sshDir = dir.resolve("home/.ssh");
        SshGitServer.writePrivateKey(user, sshDir, "id_ecdsa");
        Files.writeString(sshDir.resolve("known_hosts"), ssh.knownHostsLine() + "\n");
        Files.writeString(sshDir.resolve("config"), "Host *\n  StrictHostKeyChecking yes\n  IdentityAgent none\n");
        RemoteAccess sshAccess = RemoteAccess.builder().home(dir.resolve("home")).sshDir(sshDir).timeoutSeconds(20)
                .build();
        return new TestServers(base, daemon, http, ssh, sshAccess);
    }

    /** The folder holding the bare repos ({@code NAME.git}). */
    public Path base() {
        return base;
    }

    public List<Transport> transports() {
        return List.of(new Transport("git-daemon", daemon::url, plainAccess),
                new Transport("smart-http", http::url, plainAccess),
                new Transport("ssh", ssh::url, sshAccess));
    }

    public GitDaemonServer daemon() {
        return daemon;
    }

    public RemoteAccess plainAccess() {
        return plainAccess;
    }

    @Override
    public void close() throws Exception {
        sshAccess.close();
        plainAccess.close();
        daemon.close();
        http.close();
        ssh.close();
    }
}
