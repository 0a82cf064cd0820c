package io.specgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.specgraph.testkit.TestRepos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {

    @TempDir
    Path tmp;
    private TestRepos repos;
    private String platform;
    private String cart;

    @BeforeEach
    void writeRepos() {
        repos = new TestRepos(tmp)
                .file("platform/platform-specs/PLAT-1.md", "---\nid: PLAT-1\nversion: v1\nstatus: Draft\n"
                        + "children: [SPEC-CART-1]\n---\n# Guest \"checkout\" <fast>\n")
                .file("cart/context/component.yaml", "component: cart\n")
                .file("cart/specs/SPEC-CART-1.md", "# Cart\n\n## Metadata\n- ID: SPEC-CART-1\n- Implements: PLAT-1 v1\n"
                        + "- Status: Draft\n");
        platform = repos.repo("platform").toString();
        cart = repos.repo("cart").toString();
    }

    @Test
    void checkPassesWithExitZeroAndASummary() {
        CliRun r = CliRun.run("check", platform, cart);
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).endsWith("2 repos, 2 documents, 2 nodes, 2 edges: 0 errors, 0 warnings, 0 infos\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void checkFailsWithExitOneOnErrorsAndGroupsByRepoAndFile() {
        repos.file("cart/specs/SPEC-CART-2.md", "---\nid: SPEC-CART-2\nimplements: PLAT-404\n---\n");
        CliRun r = CliRun.run("check", platform, cart);
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("cart\n  specs/SPEC-CART-2.md\n    3:13    error   LG1   implements PLAT-404");
    }

    @Test
    void strictAlsoFailsOnWarnings() {
        repos.file("cart/specs/SPEC-CART-3.md", "---\nid: SPEC-CART-3\nimplements: PLAT-1 v1\n---\n");
        assertThat(CliRun.run("check", platform, cart).code()).isEqualTo(ExitCodes.OK);
        assertThat(CliRun.run("check", "--strict", platform, cart).code()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void checkJsonHasTheDocumentedShape() throws Exception {
        repos.file("cart/specs/SPEC-CART-2.md", "---\nid: SPEC-CART-2\nimplements: PLAT-404\n---\n");
        CliRun r = CliRun.run("check", "--format", "json", platform, cart);
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("schema").asText()).isEqualTo("specgraph.check/1");
        assertThat(j.path("repos").get(1).path("name").asText()).isEqualTo("cart");
        assertThat(j.path("repos").get(1).path("role").asText()).isEqualTo("component");
        assertThat(j.path("repos").get(1).path("layouts").get(0).asText()).isEqualTo("seed-component");
        assertThat(j.path("counts").path("nodes").asInt()).isEqualTo(3);
        assertThat(j.path("counts").path("byKind").path("component-spec").asInt()).isEqualTo(2);
        JsonNode f = j.path("findings").get(0);
        assertThat(f.path("rule").asText()).isEqualTo("LG1");
        assertThat(f.path("node").asText()).isEqualTo("SPEC-CART-2");
        assertThat(f.path("repo").asText()).isEqualTo("cart");
        assertThat(f.path("path").asText()).isEqualTo("specs/SPEC-CART-2.md");
        assertThat(f.path("line").asInt()).isEqualTo(3);
        assertThat(f.path("column").asInt()).isEqualTo(13);
        assertThat(f.has("gate")).isTrue();
        assertThat(f.path("hint").asText()).isNotEmpty();
        assertThat(j.path("gates").isArray()).isTrue();
        assertThat(j.path("openspec").isArray()).isTrue();
    }

    @Test
    void outWritesTheReportToAFile() throws Exception {
        Path report = tmp.resolve("out/report.json");
        CliRun r = CliRun.run("check", "--format", "json", "--out", report.toString(), platform, cart);
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(report)).contains("\"schema\": \"specgraph.check/1\"");
    }

    @Test
    void graphFormatsAreWellFormed() throws Exception {
        JsonNode json = new ObjectMapper().readTree(CliRun.run("graph", "--format", "json", platform, cart).out());
        assertThat(json.path("schema").asText()).isEqualTo("specgraph.graph/1");
        assertThat(json.path("edges").get(0).path("from").asText()).isEqualTo("cart/SPEC-CART-1");
        assertThat(json.path("nodes").get(0).path("state").asText()).isEqualTo("Draft");
        String dot = CliRun.run("graph", "--format", "dot", platform, cart).out();
        assertThat(dot).startsWith("digraph specgraph {").contains("\"cart/SPEC-CART-1\" -> \"platform/PLAT-1\"");
        String graphml = CliRun.run("graph", "--format", "graphml", platform, cart).out();
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(graphml.getBytes(StandardCharsets.UTF_8)));
        assertThat(graphml).contains("Guest &quot;checkout&quot; &lt;fast&gt;");
    }

    @Test
    void specGraphFormatIsDeterministic() {
        String a = CliRun.run("graph", "--format", "spec-graph", platform, cart).out();
        String b = CliRun.run("graph", "--format", "spec-graph", platform, cart).out();
        assertThat(a).isEqualTo(b).startsWith("{\n  \"nodes\": [\n").endsWith("\"version\": 1\n}\n")
                .contains("\"implements\": [\n        \"PLAT-1@v1\"\n      ]");
    }

    @Test
    void setEditsAndRefusesIllegalTransitions() {
        CliRun ok = CliRun.run("set", "SPEC-CART-1", "status=Approved", platform, cart);
        assertThat(ok.code()).isEqualTo(ExitCodes.OK);
        assertThat(ok.out()).isEqualTo("cart/specs/SPEC-CART-1.md:6: status: Draft → Approved\n");
        assertThat(repos.read("cart/specs/SPEC-CART-1.md")).contains("- Status: Approved\n");
        CliRun refused = CliRun.run("set", "cart/SPEC-CART-1", "status=Done", platform, cart);
        assertThat(refused.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(refused.err()).startsWith("specgraph: refused: cart/SPEC-CART-1 cannot go from Approved to Done");
        assertThat(repos.read("cart/specs/SPEC-CART-1.md")).contains("- Status: Approved\n");
        CliRun forced = CliRun.run("set", "SPEC-CART-1", "status=Done", "--force", platform, cart);
        assertThat(forced.code()).isEqualTo(ExitCodes.OK);
        CliRun same = CliRun.run("set", "SPEC-CART-1", "status=Done", platform, cart);
        assertThat(same.out()).contains("unchanged");
    }

    @Test
    void usageErrorsAreOneLineWithExitTwo() {
        CliRun missing = CliRun.run("check", tmp.resolve("nope").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).startsWith("specgraph: target not found:").doesNotContain("Exception");
        assertThat(CliRun.run("frobnicate").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(CliRun.run("graph", platform).code()).isEqualTo(ExitCodes.USAGE);
        CliRun unknownNode = CliRun.run("set", "NOPE-1", "status=Draft", platform, cart);
        assertThat(unknownNode.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownNode.err()).isEqualTo("specgraph: no node NOPE-1 in the workspace\n");
    }

    @Test
    void versionAndHelp() {
        assertThat(CliRun.run("--version").out()).startsWith("specgraph ");
        CliRun help = CliRun.run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("check", "graph", "set", "demo");
    }

    @Test
    void workspaceFileNamesTheRepos() throws Exception {
        Files.writeString(tmp.resolve("ws.json"), "{\"name\": \"t\", \"repos\": [{\"name\": \"platform\", \"role\": "
                + "\"platform\", \"path\": \"platform\"}, {\"name\": \"cart\", \"path\": \"cart\"}]}");
        CliRun r = CliRun.run("check", "--workspace", tmp.resolve("ws.json").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("2 repos");
        Files.writeString(tmp.resolve("bad.json"), "{\"repos\": [{\"name\": \"x\", \"role\": \"boss\"}]}");
        CliRun bad = CliRun.run("check", "--workspace", tmp.resolve("bad.json").toString());
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("role \"boss\"");
    }
}
