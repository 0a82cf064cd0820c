package io.specgraph.git;

import java.util.Optional;

/** Asks the user for a login when a server wants one (a dialog in the GUI, the console or environment in the CLI). */
@FunctionalInterface
public interface CredentialPrompt {

    /** Never asks: operations that need a login fail with {@link Fault#AUTH}. */
    CredentialPrompt NONE = (server, reason) -> Optional.empty();

    /**
     * A login for {@code server}, or empty when the user declines.
     *
     * @param reason why it is asked: the server wants a login, or refused the previous one
     */
    Optional<Login> ask(String server, String reason);
}
