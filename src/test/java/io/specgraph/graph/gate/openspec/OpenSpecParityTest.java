package io.specgraph.graph.gate.openspec;

import io.specgraph.engine.Targets;
import io.specgraph.engine.Workspace;
import io.specgraph.graph.gate.GateReport;
import io.specgraph.graph.gate.OpenSpecVerdict;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opentest4j.TestAbortedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Specgraph's OpenSpec validator against the real CLI: in each OpenSpec repo below, {@code openspec validate --all
 * --json} (with and without {@code --strict}) and Specgraph must list the same items, give each the same verdicts,
 * and report the same issues (level and message; the line too where the CLI gives one). Skipped, with the reason,
 * when node or npm is missing or the registry is unreachable.
 */
class OpenSpecParityTest {

    @TempDir
    static Path cliHome;

    private static OpenSpecCli cli;
    private static String skipReason;

    @BeforeAll
    static void installCli() {
        try {
            cli = OpenSpecCli.install(cliHome);
        } catch (TestAbortedException e) {
            skipReason = e.getMessage().replaceFirst("^Assumption failed: ", "");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "src/test/resources/fixtures/openspec/validator-rules",
        "src/test/resources/fixtures/openspec/new-layout",
        "src/test/resources/fixtures/openspec/messy-specs",
        "src/test/resources/fixtures/openspec/messy-changes",
        "src/test/resources/fixtures/openspec/custom-schema",
        "src/test/resources/fixtures/openspec/legacy-both",
        "src/test/resources/fixtures/openspec-parity/edge-cases",
        "src/main/resources/demo/shipping"
    })
    void verdictsAndIssuesEqualTheCli(String source, @TempDir Path tmp) throws Exception {
        assumeTrue(skipReason == null, skipReason);
        Path src = Path.of(source);
        Path repo = tmp.resolve(src.getFileName().toString());
        copy(src, repo);
        Map<String, OpenSpecCli.Item> plain = cli.validateAll(repo, false);
        Map<String, OpenSpecCli.Item> strict = cli.validateAll(repo, true);
        GateReport report = Workspace.load(Targets.resolve(List.of(repo), null)).gates();

        Map<String, OpenSpecVerdict> ours = new TreeMap<>();
        for (OpenSpecVerdict v : report.openspec()) {
            assertThat(ours.put(v.type() + "/" + v.id(), v)).as("one Specgraph item per id: " + v).isNull();
        }
        assertThat(plain).as("the CLI validated something in " + source).isNotEmpty();
        assertThat(ours.keySet()).as("items of " + source).isEqualTo(plain.keySet());

        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, OpenSpecCli.Item> e : plain.entrySet()) {
            OpenSpecVerdict v = ours.get(e.getKey());
            OpenSpecCli.Item item = e.getValue();
            List<String> diff = new ArrayList<>();
            if (v.valid() != item.valid()) {
                diff.add("valid: openspec " + item.valid() + ", specgraph " + v.valid());
            }
            boolean strictValid = strict.get(e.getKey()).valid();
            if (v.validStrict() != strictValid) {
                diff.add("valid --strict: openspec " + strictValid + ", specgraph " + v.validStrict());
            }
            compareIssues(item.issues(), findingsOf(report, v), diff);
            if (!diff.isEmpty()) {
                differences.add(e.getKey() + ":\n    " + String.join("\n    ", diff));
            }
        }
        assertThat(differences).as(differences.size() + " of " + plain.size() + " items of " + source
                + " differ from openspec validate:\n" + String.join("\n", differences)).isEmpty();
    }

    private static List<Finding> findingsOf(GateReport report, OpenSpecVerdict v) {
        return report.findings().stream().filter(f -> f.rule().startsWith("OS") && f.node() != null
                && Node.key(f.repo(), f.node()).equals(v.node())).toList();
    }

    /** Issue multisets by level and message; the line where the CLI gives one. */
    private static void compareIssues(List<OpenSpecCli.Issue> theirs, List<Finding> ours, List<String> diff) {
        List<String> expected = new ArrayList<>();
        theirs.forEach(i -> expected.add(i.level() + " " + i.message()));
        List<String> actual = new ArrayList<>();
        ours.forEach(f -> actual.add(f.severity().name() + " " + f.message()));
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> extra = new ArrayList<>(actual);
        expected.forEach(extra::remove);
        Collections.sort(missing);
        Collections.sort(extra);
        missing.forEach(m -> diff.add("only openspec: " + shorten(m)));
        extra.forEach(m -> diff.add("only specgraph: " + shorten(m)));
        for (OpenSpecCli.Issue i : theirs) {
            if (i.line() == null) {
                continue;
            }
            boolean found = ours.stream().anyMatch(f -> f.message().equals(i.message()) && f.line() == i.line()
                    && f.severity().name().equals(i.level().toUpperCase(Locale.ROOT)));
            if (!found && !missing.contains(i.level() + " " + i.message())) {
                diff.add("line: openspec " + i.line() + " for " + shorten(i.level() + " " + i.message()));
            }
        }
    }

    private static String shorten(String s) {
        String one = s.replace("\n", "\\n");
        return one.length() > 220 ? one.substring(0, 220) + "…" : one;
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
