package io.specgraph.cli;

import io.specgraph.git.CredentialPrompt;
import io.specgraph.git.Login;

import java.util.Optional;

/** The login in SPECGRAPH_GIT_USER / SPECGRAPH_GIT_TOKEN (CI), given once per server: a refused one is not retried. */
final class EnvLogin implements CredentialPrompt {

    private final String user;
    private final String token;

    EnvLogin(String user, String token) {
        this.user = user;
        this.token = token;
    }

    @Override
    public Optional<Login> ask(String server, String reason) {
        return reason.contains("refused") ? Optional.empty() : Optional.of(new Login(user, token.toCharArray()));
    }
}
