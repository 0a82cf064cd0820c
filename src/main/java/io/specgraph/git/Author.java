package io.specgraph.git;

import java.util.Objects;

/** The name and e-mail a commit is written with. */
public record Author(String name, String email) {

    public Author {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
        if (name.isBlank() || email.isBlank()) {
            throw new IllegalArgumentException("an author needs a name and an e-mail");
        }
    }
}
