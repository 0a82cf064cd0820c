package io.specgraph.git;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jgit.http.server.GitServlet;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.resolver.FileResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Smart HTTP on 127.0.0.1 (a free port): JGit's {@link GitServlet} in an embedded Jetty 12, serving the bare repos
 * under a folder, push enabled. With a user and token, every request needs HTTP Basic auth with them.
 */
public final class HttpGitServer implements AutoCloseable {

    private final Server server;
    private final int port;
    private final AtomicInteger refused;

    private HttpGitServer(Server server, int port, AtomicInteger refused) {
        this.server = server;
        this.port = port;
        this.refused = refused;
    }

    public static HttpGitServer start(Path base) throws Exception {
        return start(base, null, null);
    }

    public static HttpGitServer start(Path base, String user, String token) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler ctx = new ServletContextHandler();
        ctx.setContextPath("/");
        GitServlet git = new GitServlet();
        git.setRepositoryResolver(new FileResolver<>(base.toFile(), true));
        git.setReceivePackFactory((req, db) -> new ReceivePack(db));
        ctx.addServlet(new ServletHolder(git), "/git/*");
        AtomicInteger refused = new AtomicInteger();
        if (user != null) {
            ctx.addFilter(new FilterHolder(new BasicAuth(user, token, refused)), "/*",
                    EnumSet.of(DispatcherType.REQUEST));
        }
        server.setHandler(ctx);
        server.start();
        return new HttpGitServer(server, connector.getLocalPort(), refused);
    }

    public String url(String name) {
        return "http://127.0.0.1:" + port + "/git/" + name + ".git";
    }

    /** How many requests were answered 401 with credentials that did not match. */
    public int refusedLogins() {
        return refused.get();
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** HTTP Basic auth with one user and token. */
    private static final class BasicAuth implements Filter {
        private final String expected;
        private final AtomicInteger refused;

        BasicAuth(String user, String token, AtomicInteger refused) {
            this.expected = "Basic " + Base64.getEncoder().encodeToString((user + ":" + token)
                    .getBytes(StandardCharsets.UTF_8));
            this.refused = refused;
        }

        @Override
        public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain)
                throws IOException, ServletException {
            String given = ((HttpServletRequest) req).getHeader("Authorization");
            if (expected.equals(given)) {
                chain.doFilter(req, resp);
                return;
            }
            if (given != null) {
                refused.incrementAndGet();
            }
            HttpServletResponse r = (HttpServletResponse) resp;
            r.setHeader("WWW-Authenticate", "Basic realm=\"git\"");
            r.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }
    }
}
