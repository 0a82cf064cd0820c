package io.specgraph.git;

import java.util.Arrays;
import java.util.Objects;

/**
 * A user and a token (or password) for HTTPS. The token is a char array so that callers can wipe it; it never
 * appears in {@link #toString()}.
 */
public record Login(String user, char[] token) {

    public Login {
        Objects.requireNonNull(user, "user");
        token = token.clone();
    }

    @Override
    public char[] token() {
        return token.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Login l && l.user.equals(user) && Arrays.equals(l.token, token);
    }

    @Override
    public int hashCode() {
        return user.hashCode();
    }

    @Override
    public String toString() {
        return "Login[user=" + user + ", token=***]";
    }
}
