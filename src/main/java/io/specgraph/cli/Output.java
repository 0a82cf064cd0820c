package io.specgraph.cli;

import io.specgraph.engine.Files2;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes a command's output to standard output, or atomically to {@code --out F}. */
final class Output {

    private Output() {
    }

    static void write(String text, Path out, PrintWriter stdout) {
        if (out == null) {
            stdout.print(text);
            stdout.flush();
            return;
        }
        try {
            Files2.writeAtomically(out.toAbsolutePath(), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw CliException.usage("cannot write " + out + ": " + e.getMessage());
        }
    }
}
