package io.specgraph.git;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Logins in the freedesktop Secret Service (GNOME Keyring, KWallet) through libsecret's {@code secret-tool}. The
 * secret goes through the tool's standard input, never its command line. Entries carry the attributes
 * {@code service=specgraph} and {@code server=…}; the secret is {@code user LF token}.
 */
final class SecretToolStore implements CredentialStore {

    private static final Logger LOG = LoggerFactory.getLogger(SecretToolStore.class);
    private static final String SERVICE = "specgraph";
    private static final long TIMEOUT_SECONDS = 10;

    private final String tool;

    SecretToolStore(String tool) {
        this.tool = tool;
    }

    /** True when the tool runs and the secret service answers (a lookup of a key that does not exist). */
    boolean reachable() {
        try {
            Result r = run(List.of("lookup", "service", SERVICE, "server", "specgraph-probe"), null);
            // exit 1 with no output: not found, but the service answered; D-Bus errors print a message
            return r.code == 0 || r.code == 1 && r.err.isBlank();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public Optional<Login> find(String server) {
        try {
            Result r = run(List.of("lookup", "service", SERVICE, "server", server), null);
            if (r.code != 0 || r.out.isEmpty()) {
                return Optional.empty();
            }
            String secret = r.out;
            int nl = secret.indexOf('\n');
            if (nl <= 0) {
                return Optional.empty();
            }
            String token = secret.substring(nl + 1).replaceAll("\n$", "");
            return Optional.of(new Login(secret.substring(0, nl), token.toCharArray()));
        } catch (IOException e) {
            LOG.warn("secret store lookup failed: {}", e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void save(String server, Login login) {
        char[] token = login.token();
        char[] secret = new char[login.user().length() + 1 + token.length];
        login.user().getChars(0, login.user().length(), secret, 0);
        secret[login.user().length()] = '\n';
        System.arraycopy(token, 0, secret, login.user().length() + 1, token.length);
        try {
            Result r = run(List.of("store", "--label=Specgraph " + server, "service", SERVICE, "server", server),
                    secret);
            if (r.code != 0) {
                LOG.warn("secret store refused to save the login for {}: {}", server, r.err.strip());
            }
        } catch (IOException e) {
            LOG.warn("secret store save failed: {}", e.getMessage());
        } finally {
            Arrays.fill(secret, '\0');
            Arrays.fill(token, '\0');
        }
    }

    @Override
    public void forget(String server) {
        try {
            run(List.of("clear", "service", SERVICE, "server", server), null);
        } catch (IOException e) {
            LOG.warn("secret store clear failed: {}", e.getMessage());
        }
    }

    @Override
    public String describe() {
        return "the system keyring (Secret Service, via secret-tool)";
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(List<String> args, char[] input) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(tool);
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).start();
        try (OutputStream in = p.getOutputStream()) {
            if (input != null) {
                ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(input));
                byte[] b = new byte[bytes.remaining()];
                bytes.get(b);
                in.write(b);
                Arrays.fill(b, (byte) 0);
            }
        }
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(tool + " did not answer within " + TIMEOUT_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.exitValue(), out, err);
    }
}
