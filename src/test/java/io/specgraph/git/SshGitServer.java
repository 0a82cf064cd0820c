package io.specgraph.git;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.UploadPack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An SSH git server on 127.0.0.1 (Apache MINA sshd, a free port) with public-key auth only; {@code git-upload-pack}
 * and {@code git-receive-pack} run JGit's UploadPack / ReceivePack on the bare repos under a folder.
 */
public final class SshGitServer implements AutoCloseable {

    private final SshServer sshd;
    private final KeyPair hostKey;
    private final List<PublicKey> authorized;

    private SshGitServer(SshServer sshd, KeyPair hostKey, List<PublicKey> authorized) {
        this.sshd = sshd;
        this.hostKey = hostKey;
        this.authorized = authorized;
    }

    public static SshGitServer start(Path base, PublicKey... authorizedKeys) throws IOException {
        KeyPair host = newKeyPair();
        List<PublicKey> authorized = new CopyOnWriteArrayList<>(List.of(authorizedKeys));
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost("127.0.0.1");
        sshd.setPort(0);
        sshd.setKeyPairProvider(KeyPairProvider.wrap(host));
        sshd.setPublickeyAuthenticator((user, key, session) -> authorized.stream()
                .anyMatch(k -> KeyUtils.compareKeys(k, key)));
        sshd.setPasswordAuthenticator(null);
        sshd.setKeyboardInteractiveAuthenticator(null);
        sshd.setCommandFactory((channel, command) -> new GitCommand(base, command));
        sshd.start();
        return new SshGitServer(sshd, host, authorized);
    }

    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code key} as {@code dir/name} in OpenSSH format (no passphrase), as {@code ssh-keygen} would. */
    public static Path writePrivateKey(KeyPair key, Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Path f = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(f)) {
            new OpenSSHKeyPairResourceWriter().writePrivateKey(key, "test@specgraph", null, out);
        } catch (GeneralSecurityException e) {
            throw new IOException(e);
        }
        try {
            Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
        Files.writeString(dir.resolve(name + ".pub"), PublicKeyEntry.toString(key.getPublic()) + " test@specgraph\n");
        return f;
    }

    /** A {@code known_hosts} line for this server, as {@code ssh} would write it for a non-standard port. */
    public String knownHostsLine() {
        return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(hostKey.getPublic());
    }

    public int port() {
        return sshd.getPort();
    }

    public String url(String name) {
        return "ssh://git@127.0.0.1:" + port() + "/" + name + ".git";
    }

    @Override
    public void close() throws IOException {
        sshd.stop(true);
    }

    /** One {@code git-upload-pack '/x.git'} or {@code git-receive-pack '/x.git'} request. */
    private static final class GitCommand implements Command {
        private final Path base;
        private final String command;
        private InputStream in;
        private OutputStream out;
        private OutputStream err;
        private ExitCallback exit;

        GitCommand(Path base, String command) {
            this.base = base;
            this.command = command;
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
            this.err = err;
        }

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }

        @Override
        public void start(ChannelSession channel, Environment env) {
            Thread t = new Thread(this::serve, "ssh-git-" + command);
            t.setDaemon(true);
            t.start();
        }

        private void serve() {
            String[] parts = command.split(" ", 2);
            String path = parts.length < 2 ? "" : parts[1].replace("'", "").replaceFirst("^/", "");
            Path repoDir = base.resolve(path).normalize();
            if (!repoDir.startsWith(base) || !Files.isDirectory(repoDir)) {
                fail("repository not found: " + path);
                return;
            }
            try (Repository db = new FileRepositoryBuilder().setGitDir(repoDir.toFile()).setMustExist(true).build()) {
                switch (parts[0]) {
                    case "git-upload-pack" -> new UploadPack(db).upload(in, out, err);
                    case "git-receive-pack" -> new ReceivePack(db).receive(in, out, err);
                    default -> {
                        fail("unknown command " + parts[0]);
                        return;
                    }
                }
                out.flush();
                exit.onExit(0);
            } catch (IOException | RuntimeException e) {
                exit.onExit(1, String.valueOf(e.getMessage()));
            }
        }

        private void fail(String message) {
            try {
                err.write((message + "\n").getBytes(StandardCharsets.UTF_8));
                err.flush();
            } catch (IOException e) {
                // the client is gone
            }
            exit.onExit(128, message);
        }

        @Override
        public void destroy(ChannelSession channel) {
            // the serving thread ends with the streams
        }
    }
}
