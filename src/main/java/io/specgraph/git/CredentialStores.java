package io.specgraph.git;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Picks where logins are kept: the OS secret store when one answers, else memory only. */
public final class CredentialStores {

    private CredentialStores() {
    }

    /**
     * The Secret Service (Linux: {@code secret-tool} on the PATH and a D-Bus session that answers), else memory.
     * macOS Keychain and Windows Credential Manager are not wired yet: there, logins stay in memory (docs/git.md).
     */
    public static CredentialStore system() {
        if (System.getenv("DBUS_SESSION_BUS_ADDRESS") != null) {
            Path tool = onPath("secret-tool");
            if (tool != null) {
                SecretToolStore store = new SecretToolStore(tool.toString());
                if (store.reachable()) {
                    return store;
                }
            }
        }
        return new MemoryCredentialStore();
    }

    private static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, name);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
