package io.specgraph.git;

import org.eclipse.jgit.transport.sshd.agent.AbstractConnector;
import org.eclipse.jgit.transport.sshd.agent.Connector;
import org.eclipse.jgit.transport.sshd.agent.ConnectorFactory;

import java.io.File;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * Talks to an SSH agent ({@code ssh-agent}, gpg-agent, 1Password…) over its Unix domain socket with the JDK's own
 * socket channels (Java 16+), so the SSH transport can use agent keys without JNA. The socket is the
 * {@code IdentityAgent} of the ssh config, else {@code $SSH_AUTH_SOCK}. Windows agents (Pageant, the OpenSSH named
 * pipe) are not supported here.
 */
final class UnixAgentConnector extends AbstractConnector {

    private static final String ENV = "SSH_AUTH_SOCK";

    private final Path socket;
    private SocketChannel channel;

    private UnixAgentConnector(Path socket) {
        this.socket = socket;
    }

    @Override
    public synchronized boolean connect() throws IOException {
        if (channel != null && channel.isOpen()) {
            return true;
        }
        if (socket == null || !Files.exists(socket)) {
            return false;
        }
        SocketChannel c = SocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            c.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            c.close();
            return false;
        }
        channel = c;
        return true;
    }

    @Override
    public synchronized byte[] rpc(byte command, byte[] message) throws IOException {
        prepareMessage(command, message);
        if (channel == null) {
            throw new IOException("not connected to the SSH agent at " + socket);
        }
        write(ByteBuffer.wrap(message));
        byte[] lengthBuf = new byte[4];
        read(lengthBuf);
        byte[] payload = new byte[toLength(command, lengthBuf)];
        read(payload);
        return payload;
    }

    private void write(ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    private void read(byte[] into) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(into);
        while (b.hasRemaining()) {
            if (channel.read(b) < 0) {
                throw new IOException("the SSH agent closed the connection");
            }
        }
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    /** Creates connectors for the agent socket the ssh config or the environment names. */
    static final class Factory implements ConnectorFactory {

        private static final ConnectorDescriptor DEFAULT = new ConnectorDescriptor() {
            @Override
            public String getIdentityAgent() {
                return ENV;
            }

            @Override
            public String getDisplayName() {
                return "SSH agent (Unix socket)";
            }
        };

        @Override
        public Connector create(String identityAgent, File homeDir) {
            return new UnixAgentConnector(socketPath(identityAgent, homeDir));
        }

        static Path socketPath(String identityAgent, File homeDir) {
            String s = identityAgent;
            if (s == null || s.isBlank() || s.equals(ENV) || s.equals("$" + ENV)) {
                s = System.getenv(ENV);
            } else if (s.startsWith("$")) {
                s = System.getenv(s.substring(1));
            }
            if (s == null || s.isBlank()) {
                return null;
            }
            if (s.startsWith("~/") && homeDir != null) {
                return homeDir.toPath().resolve(s.substring(2));
            }
            return Path.of(s);
        }

        @Override
        public boolean isSupported() {
            return !System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
        }

        @Override
        public String getName() {
            return "specgraph-unix-agent";
        }

        @Override
        public Collection<ConnectorDescriptor> getSupportedConnectors() {
            return List.of(DEFAULT);
        }

        @Override
        public ConnectorDescriptor getDefaultConnector() {
            return DEFAULT;
        }
    }
}
