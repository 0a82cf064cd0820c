package io.specgraph.cli;

import io.specgraph.git.CredentialPrompt;
import io.specgraph.git.Login;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Optional;

/** Asks for a user and token on the console (the token is not echoed). One question at a time across threads. */
final class ConsoleLogin implements CredentialPrompt {

    private final PrintWriter err;

    ConsoleLogin(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized Optional<Login> ask(String server, String reason) {
        Console c = System.console();
        if (c == null) {
            return Optional.empty();
        }
        synchronized (err) {
            err.println(reason);
            err.flush();
        }
        String user = c.readLine("user for %s: ", server);
        if (user == null || user.isBlank()) {
            return Optional.empty();
        }
        char[] token = c.readPassword("token (or password) for %s@%s: ", user.strip(), server);
        if (token == null || token.length == 0) {
            return Optional.empty();
        }
        Login login = new Login(user.strip(), token);
        java.util.Arrays.fill(token, '\0');
        return Optional.of(login);
    }
}
