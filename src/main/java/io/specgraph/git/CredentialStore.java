package io.specgraph.git;

import java.util.Optional;

/**
 * Where HTTPS logins are kept between operations, keyed by {@code scheme://host[:port]}. Never a plain-text file:
 * either the process's memory or the operating system's secret store ({@link CredentialStores#system()}).
 */
public interface CredentialStore {

    Optional<Login> find(String server);

    /** Keeps {@code login} for {@code server}; a store that cannot save keeps nothing and says so in the log. */
    void save(String server, Login login);

    void forget(String server);

    /** Where logins go, for the user: "memory (until Specgraph quits)", "the GNOME keyring (secret-tool)". */
    String describe();
}
