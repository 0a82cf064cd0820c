package io.specgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.specgraph.testkit.GoldenRepos;
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
        repos = GoldenRepos.write(new TestRepos(tmp))
                .file("platform/initiatives/ECO-1.md", "---\nid: ECO-1\nstatus: Approved\n---\n# Guest \"checkout\" <fast>\n");
        platform = repos.repo("platform").toString();
        cart = repos.repo("cart").toString();
    }

    @Test
    void checkPassesWithExitZeroAndASummary() {
        CliRun r = CliRun.run("check", platform, cart);
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).isEqualTo("2 repos, 5 documents, 5 nodes, 4 edges: 0 errors, 0 warnings, 0 infos\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void checkFailsWithExitOneOnErrorsAndGroupsByRepoAndFile() {
        repos.file("cart/specs/SPEC-CART-2.md", GoldenRepos.componentSpec("SPEC-CART-2", "PLAT-404 v1"));
        CliRun r = CliRun.run("check", platform, cart);
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).startsWith("cart\n  specs/SPEC-CART-2.md\n    5:15    error   CC4   implements PLAT-404 v1: no "
                + "such platform spec  [SPEC-CART-2]\n").contains("\n    5:15    error   LG1   implements PLAT-404 v1");
    }

    @Test
    void strictAlsoFailsOnWarnings() {
        repos.file("cart/specs/SPEC-CART-3.md", GoldenRepos.componentSpec("SPEC-CART-3", "PLAT-1 v1"));
        assertThat(CliRun.run("check", platform, cart).code()).isEqualTo(ExitCodes.OK);
        assertThat(CliRun.run("check", "--strict", platform, cart).code()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void checkJsonHasTheDocumentedShape() throws Exception {
        repos.file("cart/specs/SPEC-CART-2.md", GoldenRepos.componentSpec("SPEC-CART-2", "PLAT-404 v1"));
        CliRun r = CliRun.run("check", "--format", "json", platform, cart);
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("schema").asText()).isEqualTo("specgraph.check/1");
        assertThat(j.path("repos").get(1).path("name").asText()).isEqualTo("cart");
        assertThat(j.path("repos").get(1).path("role").asText()).isEqualTo("component");
        assertThat(j.path("repos").get(1).path("layouts").get(0).asText()).isEqualTo("seed-component");
        assertThat(j.path("counts").path("nodes").asInt()).isEqualTo(6);
        assertThat(j.path("counts").path("byKind").path("component-spec").asInt()).isEqualTo(2);
        JsonNode f = j.path("findings").get(1);
        assertThat(f.path("rule").asText()).isEqualTo("LG1");
        assertThat(f.path("node").asText()).isEqualTo("SPEC-CART-2");
        assertThat(f.path("repo").asText()).isEqualTo("cart");
        assertThat(f.path("path").asText()).isEqualTo("specs/SPEC-CART-2.md");
        assertThat(f.path("line").asInt()).isEqualTo(5);
        assertThat(f.path("column").asInt()).isEqualTo(15);
        assertThat(f.path("gate").isNull()).isTrue();
        assertThat(f.path("hint").asText()).isNotEmpty();
        JsonNode cc4 = j.path("findings").get(0);
        assertThat(cc4.path("rule").asText()).isEqualTo("CC4");
        assertThat(cc4.path("gate").asText()).isEqualTo("context-completeness");
        assertThat(j.path("gates")).hasSize(15);
        assertThat(j.path("gates")).anySatisfy(g -> {
            assertThat(g.path("node").asText()).isEqualTo("SPEC-CART-2");
            assertThat(g.path("repo").asText()).isEqualTo("cart");
            assertThat(g.path("kind").asText()).isEqualTo("component-spec");
            assertThat(g.path("gate").asText()).isEqualTo("context-completeness");
            assertThat(g.path("status").asText()).isEqualTo("fail");
        });
        assertThat(j.path("gates")).anySatisfy(g -> {
            assertThat(g.path("node").asText()).isEqualTo("PLAT-1");
            assertThat(g.path("gate").asText()).isEqualTo("integration-safety");
            assertThat(g.path("status").asText()).isEqualTo("n/a");
        });
        assertThat(j.path("openspec").isArray()).isTrue();
        assertThat(j.path("policy").path("file").isNull()).isTrue();
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
        assertThat(ok.out()).isEqualTo("cart/specs/SPEC-CART-1.md:7: status: Draft → Approved\n");
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

    @Test
    void theSameFolderTwiceIsOneRepo() {
        CliRun r = CliRun.run("check", platform, cart, cart + "/", platform);
        assertThat(r.out()).startsWith("2 repos, ");
    }

    @Test
    void outFilesGetTheUsualPermissions() throws Exception {
        Path report = tmp.resolve("report.txt");
        CliRun.run("check", "--out", report.toString(), platform, cart);
        assertThat(java.nio.file.Files.getPosixFilePermissions(report))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        try (var s = java.nio.file.Files.list(tmp)) {
            assertThat(s.filter(p -> p.getFileName().toString().endsWith(".tmp")).count()).isZero();
        }
    }

    @Test
    void aJsonContextPackWithTabsIsRead() throws Exception {
        repos.file("platform/context/cp-tabbed.json", "{\n\t\"id\":\t\"cp-tabbed\",\n\t\"version\": \"v1\",\n"
                + "\t\"sources\": [\"Platform MCP v3\"]\n}\n");
        JsonNode j = new ObjectMapper().readTree(CliRun.run("check", "--format", "json", platform, cart).out());
        assertThat(j.path("findings")).noneSatisfy(f -> assertThat(f.path("rule").asText()).startsWith("RD"));
        assertThat(j.path("counts").path("byKind").path("context-pack").asInt()).isEqualTo(2);
    }

    @Test
    void impactListsDependentsAsTextAndJson() throws Exception {
        CliRun text = CliRun.run("impact", "PLAT-1", platform, cart);
        assertThat(text.code()).isZero();
        assertThat(text.out()).startsWith("Impact of platform/PLAT-1 at v1\n  cart/SPEC-CART-1  component-spec  implements v1")
                .endsWith("1 dependent nodes in 1 repos, 0 pinned to an older version\n");
        JsonNode j = new ObjectMapper().readTree(CliRun.run("impact", "platform/PLAT-1@v2", "--format", "json",
                platform, cart).out());
        assertThat(j.path("schema").asText()).isEqualTo("specgraph.impact/1");
        assertThat(j.path("target").path("version").asText()).isEqualTo("v2");
        assertThat(j.path("dependents").get(0).path("stale").asBoolean()).isTrue();
        assertThat(CliRun.run("impact", "NOPE", platform, cart).code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void junitHasATestCasePerNodeAndGate() throws Exception {
        repos.file("cart/specs/SPEC-CART-2.md", GoldenRepos.componentSpec("SPEC-CART-2", "PLAT-404 v1"));
        CliRun r = CliRun.run("check", "--format", "junit", platform, cart);
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        org.w3c.dom.Element root = xml.getDocumentElement();
        assertThat(root.getAttribute("tests")).isEqualTo("16");
        assertThat(root.getAttribute("failures")).isEqualTo("2");
        assertThat(root.getAttribute("skipped")).isEqualTo("1");
        assertThat(r.out()).contains("<testcase classname=\"cart.SPEC-CART-2\" name=\"context-completeness\" "
                + "file=\"specs/SPEC-CART-2.md\">\n      <failure type=\"CC4\"")
                .contains("<testcase classname=\"cart.SPEC-CART-2\" name=\"rules\"");
    }

    @Test
    void githubAnnotationsPointAtFilesAndEscapeTheirText() {
        repos.file("cart/specs/SPEC-CART-2.md", GoldenRepos.componentSpec("SPEC-CART-2", "PLAT-404 v1"));
        CliRun r = CliRun.run("check", "--format", "github", platform, cart);
        java.nio.file.Path abs = repos.repo("cart").resolve("specs/SPEC-CART-2.md").toAbsolutePath();
        java.nio.file.Path cwd = java.nio.file.Path.of("").toAbsolutePath();
        String file = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        assertThat(r.out()).contains("::error file=" + file + ",line=5,col=15,title=CC4 SPEC-CART-2::implements PLAT-404 v1"
                + ": no such platform spec%0AFix: fix the id of the platform spec");
        assertThat(CheckGithub.property("a:b,c%")).isEqualTo("a%3Ab%2Cc%25");
        assertThat(r.out()).endsWith("0 infos\n");
    }
}
