package io.specgraph.git;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Logins kept in this process's memory only: gone when the app quits. */
public final class MemoryCredentialStore implements CredentialStore {

    private final Map<String, Login> logins = new ConcurrentHashMap<>();

    @Override
    public Optional<Login> find(String server) {
        return Optional.ofNullable(logins.get(server));
    }

    @Override
    public void save(String server, Login login) {
        logins.put(server, login);
    }

    @Override
    public void forget(String server) {
        logins.remove(server);
    }

    @Override
    public String describe() {
        return "memory (until Specgraph quits)";
    }
}
