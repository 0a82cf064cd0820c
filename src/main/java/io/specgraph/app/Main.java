package io.specgraph.app;

import io.specgraph.cli.Cli;

/**
 * Starts Specgraph. Any argument means command-line use, handled without loading JavaFX (so {@code check} runs on
 * a CI machine without a display).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = Cli.run(args);
        System.exit(code);
    }
}
