package io.specgraph.git;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** HTTPS logins (asked when needed, kept in the store, dropped when refused) and SSH keys, agent and host keys. */
@ExtendWith(IsolatedGitConfig.class)
class AuthTest {

    private static final String USER = "alice";
    private static final String TOKEN = "tok-3141592653";

    @TempDir
    static Path dir;
    private static Path base;
    private static HttpGitServer http;
    private static SshGitServer ssh;
    private static KeyPair userKey;

    @BeforeAll
    static void start() throws Exception {
        base = Files.createDirectories(dir.resolve("remotes"));
        Remotes.bare(base, "private", Map.of("a.md", "secret spec\n"));
        http = HttpGitServer.start(base, USER, TOKEN);
        userKey = SshGitServer.newKeyPair();
        ssh = SshGitServer.start(base, userKey.getPublic());
    }

    @AfterAll
    static void stop() throws Exception {
        http.close();
        ssh.close();
    }

    /** A prompt that answers with the given logins in turn and records why it was asked. */
    private static final class Answers implements CredentialPrompt {
        final List<String> reasons = new ArrayList<>();
        private final List<Login> answers;

        Answers(Login... answers) {
            this.answers = new ArrayList<>(List.of(answers));
        }

        @Override
        public Optional<Login> ask(String server, String reason) {
            reasons.add(reason);
            return answers.isEmpty() ? Optional.empty() : Optional.of(answers.remove(0));
        }
    }

    @Test
    void withoutALoginTheServerRefusesWithAClearMessage() throws Exception {
        Path target = dir.resolve("anon");
        try (RemoteAccess access = RemoteAccess.anonymous()) {
            GitException e = catchThrowableOfType(GitException.class,
                    () -> GitClone.clone(http.url("private"), null, target, access, ProgressListener.NONE));
            assertThat(e.fault()).isEqualTo(Fault.AUTH);
            assertThat(e.getMessage()).contains("the server refused access to " + http.url("private"))
                    .contains("Check the user and token");
        }
        FaultsTest.assertNoHalfFolder(target);
    }

    @Test
    void asksForALoginWhenNeededAndKeepsItForTheNextOperation() throws Exception {
        Answers prompt = new Answers(new Login(USER, TOKEN.toCharArray()));
        MemoryCredentialStore store = new MemoryCredentialStore();
        Path target = dir.resolve("asked");
        try (RemoteAccess access = RemoteAccess.builder().store(store).prompt(prompt).build()) {
            GitClone.clone(http.url("private"), null, target, access, ProgressListener.NONE);
            assertThat(prompt.reasons).hasSize(1).first().asString().contains("asks for a user and a token");
            assertThat(store.find(RemoteAccess.serverOf(http.url("private")))).contains(new Login(USER,
                    TOKEN.toCharArray()));
            try (GitRepo repo = GitRepo.open(target)) {
                GitSync.fetch(repo, access, ProgressListener.NONE);
                Files.writeString(target.resolve("b.md"), "b\n");
                repo.commitAll("b", Remotes.ME);
                GitPush.push(repo, access, ProgressListener.NONE);
            }
            assertThat(prompt.reasons).as("asked once only").hasSize(1);
        }
        assertThat(target.resolve("a.md")).hasContent("secret spec");
        assertTokenNowhereOnDisk(dir);
    }

    @Test
    void aRefusedTokenIsDroppedAndTheUserAskedAgain() throws Exception {
        MemoryCredentialStore store = new MemoryCredentialStore();
        String server = RemoteAccess.serverOf(http.url("private"));
        store.save(server, new Login(USER, "expired".toCharArray()));
        Answers prompt = new Answers(new Login(USER, TOKEN.toCharArray()));
        int refusedBefore = http.refusedLogins();
        try (RemoteAccess access = RemoteAccess.builder().store(store).prompt(prompt).build()) {
            GitClone.clone(http.url("private"), null, dir.resolve("reasked"), access, ProgressListener.NONE);
        }
        assertThat(http.refusedLogins()).isGreaterThan(refusedBefore);
        assertThat(prompt.reasons).hasSize(1).first().asString().contains("refused the login for alice");
        assertThat(store.find(server)).contains(new Login(USER, TOKEN.toCharArray()));
    }

    @Test
    void aRefusedTokenWithNobodyToAskFailsAndIsForgotten() throws Exception {
        MemoryCredentialStore store = new MemoryCredentialStore();
        String server = RemoteAccess.serverOf(http.url("private"));
        store.save(server, new Login(USER, "wrong".toCharArray()));
        try (RemoteAccess access = RemoteAccess.builder().store(store).build()) {
            GitException e = catchThrowableOfType(GitException.class, () -> GitClone.clone(http.url("private"), null,
                    dir.resolve("refused"), access, ProgressListener.NONE));
            assertThat(e.fault()).isEqualTo(Fault.AUTH);
            assertThat(e.getMessage()).contains("refused the login for alice");
        }
        assertThat(store.find(server)).isEmpty();
        FaultsTest.assertNoHalfFolder(dir.resolve("refused"));
    }

    private static RemoteAccess sshAccess(String name, KeyPair key, boolean knowHost, String extraConfig)
            throws Exception {
        Path home = dir.resolve("home-" + name);
        Path sshDir = Files.createDirectories(home.resolve(".ssh"));
        if (key != null) {
            SshGitServer.writePrivateKey(key, sshDir, "id_ecdsa");
        }
        Files.writeString(sshDir.resolve("known_hosts"), knowHost ? ssh.knownHostsLine() + "\n" : "");
        Files.writeString(sshDir.resolve("config"), "Host *\n  StrictHostKeyChecking yes\n" + extraConfig);
        return RemoteAccess.builder().home(home).sshDir(sshDir).timeoutSeconds(10).build();
    }

    @Test
    void sshWithAKeyTheServerDoesNotKnowIsRefused() throws Exception {
        try (RemoteAccess access = sshAccess("stranger", SshGitServer.newKeyPair(), true, "  IdentityAgent none\n")) {
            GitException e = catchThrowableOfType(GitException.class, () -> GitClone.clone(ssh.url("private"), null,
                    dir.resolve("stranger"), access, ProgressListener.NONE));
            assertThat(e.fault()).isEqualTo(Fault.AUTH);
            assertThat(e.getMessage()).contains("for SSH that your key is loaded and added to the server");
        }
    }

    @Test
    void sshToAnUnknownHostIsRefusedAndSaysHowToTrustIt() throws Exception {
        try (RemoteAccess access = sshAccess("unknown-host", userKey, false, "  IdentityAgent none\n")) {
            GitException e = catchThrowableOfType(GitException.class, () -> GitClone.clone(ssh.url("private"), null,
                    dir.resolve("unknown-host"), access, ProgressListener.NONE));
            assertThat(e.fault()).as(e.getMessage()).isEqualTo(Fault.AUTH);
            assertThat(e.getMessage()).contains("host key").contains("known_hosts");
        }
    }

    @Test
    void sshUsesAKeyHeldOnlyByTheAgent() throws Exception {
        Assumptions.assumeTrue(onPath("ssh-agent") && onPath("ssh-add"), "ssh-agent and ssh-add are not installed");
        Path keyDir = Files.createDirectories(dir.resolve("agent-key"));
        Path keyFile = SshGitServer.writePrivateKey(userKey, keyDir, "agent_key");
        Path socket = dir.resolve("agent.sock");
        Process agent = new ProcessBuilder("ssh-agent", "-D", "-a", socket.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            for (int i = 0; i < 100 && !Files.exists(socket); i++) {
                Thread.sleep(50);
            }
            ProcessBuilder add = new ProcessBuilder("ssh-add", keyFile.toString()).redirectErrorStream(true);
            add.environment().put("SSH_AUTH_SOCK", socket.toString());
            Process p = add.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isZero();
            Files.delete(keyFile);
            try (RemoteAccess access = sshAccess("agent", null, true, "  IdentityAgent " + socket + "\n")) {
                Path target = dir.resolve("via-agent");
                GitClone.clone(ssh.url("private"), null, target, access, ProgressListener.NONE);
                assertThat(target.resolve("a.md")).hasContent("secret spec");
            }
        } finally {
            agent.destroy();
        }
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    /** No file anywhere under {@code root} holds the token in plain text. */
    private static void assertTokenNowhereOnDisk(Path root) throws Exception {
        byte[] token = TOKEN.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(content).as(f.toString()).doesNotContain(new String(token, StandardCharsets.ISO_8859_1));
            }
        }
    }
}
