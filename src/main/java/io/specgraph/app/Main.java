package io.specgraph.app;

import io.specgraph.cli.Cli;

import java.util.OptionalInt;

/**
 * Starts Specgraph. Any argument means command-line use, handled without loading JavaFX (so {@code check} runs on
 * a CI machine without a display).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        OptionalInt tuned = TunedJvm.run(args);
        int code = tuned.isPresent() ? tuned.getAsInt() : Cli.run(args);
        System.exit(code);
    }
}
