package io.specgraph.git;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on 127.0.0.1 in front of a local server that drops every connection once a number of bytes has gone
 * one way: a server that goes down in the middle of a clone (bytes to the client) or a push (bytes to the server).
 */
public final class CuttingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicLong cuts = new AtomicLong();
    private volatile boolean healed;

    private CuttingProxy(ServerSocket listener, int targetPort, long maxToClient, long maxToServer) {
        this.listener = listener;
        Thread accept = new Thread(() -> acceptLoop(targetPort, maxToClient, maxToServer), "cutting-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    /** Forwards to {@code targetPort}; cuts after {@code maxToClient} bytes down or {@code maxToServer} bytes up. */
    public static CuttingProxy start(int targetPort, long maxToClient, long maxToServer) throws IOException {
        ServerSocket s = new ServerSocket();
        s.bind(new InetSocketAddress("127.0.0.1", 0));
        return new CuttingProxy(s, targetPort, maxToClient, maxToServer);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** From now on, new connections are forwarded in full (the server is back). */
    public void heal() {
        healed = true;
    }

    /** How many connections were cut. */
    public long cuts() {
        return cuts.get();
    }

    private void acceptLoop(int targetPort, long maxToClient, long maxToServer) {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket("127.0.0.1", targetPort);
                open.add(client);
                open.add(server);
                pump(server, client, healed ? Long.MAX_VALUE : maxToClient);
                pump(client, server, healed ? Long.MAX_VALUE : maxToServer);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(Socket from, Socket to, long max) {
        Thread t = new Thread(() -> {
            byte[] buf = new byte[8192];
            long sent = 0;
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buf)) > 0) {
                    int allowed = (int) Math.min(n, max - sent);
                    out.write(buf, 0, allowed);
                    out.flush();
                    sent += allowed;
                    if (sent >= max) {
                        cuts.incrementAndGet();
                        break;
                    }
                }
            } catch (IOException e) {
                // the other side went away
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "cutting-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        open.forEach(CuttingProxy::closeQuietly);
    }
}
