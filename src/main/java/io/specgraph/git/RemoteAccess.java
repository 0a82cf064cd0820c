package io.specgraph.git;

import org.eclipse.jgit.api.TransportCommand;
import org.eclipse.jgit.errors.UnsupportedCredentialItem;
import org.eclipse.jgit.transport.CredentialItem;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.SshTransport;
import org.eclipse.jgit.transport.URIish;
import org.eclipse.jgit.transport.sshd.JGitKeyCache;
import org.eclipse.jgit.transport.sshd.SshdSessionFactory;
import org.eclipse.jgit.transport.sshd.SshdSessionFactoryBuilder;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * How operations reach remotes: HTTPS logins (a {@link CredentialStore}, and a {@link CredentialPrompt} when the
 * store has none or the server refused it), SSH through JGit's Apache MINA transport (keys and {@code known_hosts}
 * in the ssh folder, the ssh config, the SSH agent), and a network timeout. Public repos need nothing. One instance
 * serves many operations at once; close it when the app quits (it holds the SSH client).
 */
public final class RemoteAccess implements AutoCloseable {

    /** Seconds a connection may stay silent before the operation fails. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 60;
    private static final int MAX_ASKS = 3;

    private final CredentialStore store;
    private final CredentialPrompt prompt;
    private final Path home;
    private final Path sshDir;
    private final int timeoutSeconds;
    private SshdSessionFactory ssh;

    private RemoteAccess(Builder b) {
        this.store = b.store;
        this.prompt = b.prompt;
        this.home = b.home;
        this.sshDir = b.sshDir;
        this.timeoutSeconds = b.timeoutSeconds;
    }

    /** Public repos and SSH with the user's keys and agent; logins kept in memory; never asks. */
    public static RemoteAccess anonymous() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public CredentialStore store() {
        return store;
    }

    /** The {@code scheme://host[:port]} a login is kept under; the URL itself when it cannot be parsed. */
    public static String serverOf(String url) {
        try {
            URIish u = new URIish(url);
            String scheme = u.getScheme() == null ? "ssh" : u.getScheme();
            String host = u.getHost() == null ? "" : u.getHost();
            return scheme + "://" + host + (u.getPort() > 0 ? ":" + u.getPort() : "");
        } catch (URISyntaxException e) {
            return url;
        }
    }

    /** Prepares one operation against {@code url}: timeout, login provider, SSH transport. */
    Attempt attempt(String url) {
        return new Attempt(url);
    }

    private synchronized SshdSessionFactory ssh() {
        if (ssh == null) {
            SshdSessionFactoryBuilder b = new SshdSessionFactoryBuilder()
                    .setConnectorFactory(new UnixAgentConnector.Factory());
            if (home != null) {
                b.setHomeDirectory(home.toFile());
            }
            if (sshDir != null) {
                b.setSshDirectory(sshDir.toFile());
            }
            ssh = b.build(new JGitKeyCache());
        }
        return ssh;
    }

    @Override
    public synchronized void close() {
        if (ssh != null) {
            ssh.close();
            ssh = null;
        }
    }

    /** One operation's use of the remote: hands out logins, and keeps a prompted login once it worked. */
    final class Attempt extends CredentialsProvider {

        private final String url;
        private final String server;
        private final boolean http;
        private Login login;
        private boolean prompted;
        private boolean refused;
        private int asks;

        private Attempt(String url) {
            this.url = url;
            this.server = serverOf(url);
            String lower = url.toLowerCase(Locale.ROOT);
            this.http = lower.startsWith("http://") || lower.startsWith("https://");
        }

        <C extends TransportCommand<C, ?>> C apply(C command) {
            command.setTimeout(timeoutSeconds);
            command.setCredentialsProvider(this);
            command.setTransportConfigCallback(t -> {
                if (t instanceof SshTransport s) {
                    s.setSshSessionFactory(ssh());
                }
            });
            return command;
        }

        /** The operation went through: a login the user typed is kept in the store. */
        void succeeded() {
            if (prompted && login != null) {
                store.save(server, login);
            }
        }

        /** The server refused the login: it is dropped from the store. */
        void refused() {
            if (login != null) {
                store.forget(server);
            }
        }

        String server() {
            return server;
        }

        String url() {
            return url;
        }

        /** The user the last login named, or null. */
        String user() {
            return login == null ? null : login.user();
        }

        @Override
        public boolean isInteractive() {
            return http && prompt != CredentialPrompt.NONE;
        }

        @Override
        public boolean supports(CredentialItem... items) {
            if (!http) {
                return false;
            }
            for (CredentialItem i : items) {
                if (!(i instanceof CredentialItem.Username) && !(i instanceof CredentialItem.Password)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public boolean get(URIish uri, CredentialItem... items) throws UnsupportedCredentialItem {
            if (!supports(items)) {
                return false;
            }
            if (login == null || refused) {
                if (!nextLogin()) {
                    return false;
                }
            }
            for (CredentialItem i : items) {
                if (i instanceof CredentialItem.Username u) {
                    u.setValue(login.user());
                } else if (i instanceof CredentialItem.Password p) {
                    p.setValue(login.token());
                }
            }
            return true;
        }

        private boolean nextLogin() {
            if (!refused) {
                Optional<Login> kept = store.find(server);
                if (kept.isPresent()) {
                    login = kept.get();
                    return true;
                }
            }
            if (asks >= MAX_ASKS) {
                return false;
            }
            asks++;
            String reason = refused ? "the server refused the login for " + login.user() + "; enter a valid token"
                    : server + " asks for a user and a token (or password)";
            if (refused) {
                store.forget(server);
            }
            Optional<Login> typed = prompt.ask(server, reason);
            refused = false;
            if (typed.isEmpty()) {
                return false;
            }
            login = typed.get();
            prompted = true;
            return true;
        }

        @Override
        public void reset(URIish uri) {
            if (login != null) {
                refused = true;
            }
        }
    }

    /** Settings for a {@link RemoteAccess}. */
    public static final class Builder {
        private CredentialStore store = new MemoryCredentialStore();
        private CredentialPrompt prompt = CredentialPrompt.NONE;
        private Path home;
        private Path sshDir;
        private int timeoutSeconds = DEFAULT_TIMEOUT_SECONDS;

        private Builder() {
        }

        public Builder store(CredentialStore s) {
            this.store = s;
            return this;
        }

        public Builder prompt(CredentialPrompt p) {
            this.prompt = p;
            return this;
        }

        /** The home folder SSH resolves {@code ~} against (default: the user's). */
        public Builder home(Path h) {
            this.home = h;
            return this;
        }

        /** The folder with keys, {@code known_hosts} and {@code config} (default: {@code ~/.ssh}). */
        public Builder sshDir(Path d) {
            this.sshDir = d;
            return this;
        }

        public Builder timeoutSeconds(int s) {
            if (s <= 0) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeoutSeconds = s;
            return this;
        }

        public RemoteAccess build() {
            return new RemoteAccess(this);
        }
    }
}
