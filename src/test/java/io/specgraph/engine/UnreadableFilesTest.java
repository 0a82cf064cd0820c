package io.specgraph.engine;

import io.specgraph.graph.SpecGraph;
import io.specgraph.model.Finding;
import io.specgraph.parse.ReadRules;
import io.specgraph.testkit.TestRepos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever is wrong with a file, the workspace loads and the file becomes a finding with its path. */
class UnreadableFilesTest {

    @TempDir
    Path tmp;

    @Test
    void everyKindOfUnreadableFileIsAFindingAndTheRestLoads() throws Exception {
        TestRepos repos = new TestRepos(tmp)
                .file("cart/context/component.yaml", "component: cart\n")
                .file("cart/specs/SPEC-OK.md", "---\nid: SPEC-OK\n---\n# Fine\n")
                .bytes("cart/specs/SPEC-LATIN1.md", new byte[]{'#', ' ', 'C', 'a', 'f', (byte) 0xE9, '\n'})
                .bytes("cart/specs/SPEC-BINARY.md", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 1})
                .bytes("cart/specs/SPEC-UTF16.md", new byte[]{(byte) 0xFF, (byte) 0xFE, '#', 0});
        Files.createSymbolicLink(repos.repo("cart").resolve("specs/SPEC-GONE.md"), tmp.resolve("nowhere.md"));
        Files.createDirectories(repos.repo("cart").resolve("specs/SPEC-FOLDER/spec.md"));
        Files.writeString(repos.repo("cart").resolve("specs/SPEC-FOLDER/spec.md/oops.txt"), "swapped");
        SpecGraph g = repos.graph();
        assertThat(g.node("cart/SPEC-OK")).isPresent();
        assertThat(rule(g, "specs/SPEC-LATIN1.md")).isEqualTo(ReadRules.NOT_UTF8);
        assertThat(rule(g, "specs/SPEC-BINARY.md")).isEqualTo(ReadRules.BINARY);
        assertThat(rule(g, "specs/SPEC-UTF16.md")).isEqualTo(ReadRules.NOT_UTF8);
        assertThat(rule(g, "specs/SPEC-GONE.md")).isEqualTo(ReadRules.UNREADABLE);
        assertThat(g.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo(ReadRules.FOLDER);
            assertThat(f.path()).isEqualTo("specs/SPEC-FOLDER/spec.md");
        });
        assertThat(g.findings()).filteredOn(f -> f.rule().equals("RD0")).isEmpty();
    }

    private static String rule(SpecGraph g, String path) {
        return g.findings().stream().filter(f -> f.path().equals(path)).map(Finding::rule).findFirst()
                .orElseThrow(() -> new AssertionError("no finding on " + path + ": " + g.findings()));
    }
}
