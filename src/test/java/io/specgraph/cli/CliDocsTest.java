package io.specgraph.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/cli.md cannot drift from the code: every command and every option of every command (as picocli sees them)
 * is named in it, and every command it documents exists.
 */
class CliDocsTest {

    private static final CommandLine ROOT = new CommandLine(new RootCommand());

    @Test
    void everyCommandAndOptionIsDocumented() throws Exception {
        String docs = Files.readString(Path.of("docs/cli.md"));
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (CommandLine sub : ROOT.getSubcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (!docs.contains("## `" + spec.name() + "`")) {
                missing.add("command " + spec.name());
            }
            for (OptionSpec o : spec.options()) {
                if (o.usageHelp() || o.versionHelp() || o.hidden()) {
                    continue;
                }
                checked++;
                if (!docs.contains(o.longestName())) {
                    missing.add(spec.name() + " " + o.longestName());
                }
            }
        }
        assertThat(checked).as("options seen").isGreaterThan(20);
        assertThat(missing).as("named in docs/cli.md").isEmpty();
    }

    @Test
    void everyDocumentedCommandExists() throws Exception {
        String docs = Files.readString(Path.of("docs/cli.md"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^## `([a-z-]+)`").matcher(docs);
        List<String> documented = new ArrayList<>();
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertThat(documented).isNotEmpty();
        assertThat(ROOT.getSubcommands().keySet()).containsAll(documented);
    }
}
