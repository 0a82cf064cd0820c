package io.specgraph.engine.view.workflow;

import io.specgraph.engine.Workspace;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.RepoSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fan-out on a small workspace of its own: a feature-folder platform spec without a {@code children} key, its
 * fan-out tasks written as a table, a contract owned by one component and consumed by another, and component repos
 * without specs yet.
 */
class FanOutFixtureTest {

    private static final String SPEC = """
            # Search as you type

            ## Metadata
            - ID: PLAT-007
            - Kind: platform-spec
            - Version: v2
            - Status: Approved
            - Context Pack: cp-search v3
            - Contract Specs: CONTRACT-01 v1

            ## Problem Statement
            Source: Platform MCP v1

            Shoppers wait for results.
            """;
    private static final String TASKS = """
            # Tasks: Search as you type

            | task | component_repo | platform_spec_id | context_pack_version | contract_change | blocked_by | description |
            |---|---|---|---|---|---|---|
            | T1 | search | PLAT-007 v2 | v3 | yes | none | Suggest endpoint |
            | T2 | web | PLAT-007 v2 | cp-search v3 | no | none | Suggestions box |
            """;
    private static final String CONTRACT = """
            ---
            id: CONTRACT-01
            kind: contract
            version: v1
            status: Approved
            owner: search
            consumers: [web]
            ---

            # CONTRACT-01 v1 — Suggest API
            """;

    @TempDir
    Path tmp;
    Path platform;

    @BeforeEach
    void write() throws IOException {
        platform = tmp.resolve("plat");
        write(platform.resolve("platform-specs/PLAT-007-search/spec.md"), SPEC);
        write(platform.resolve("platform-specs/PLAT-007-search/tasks.md"), TASKS);
        write(platform.resolve("contracts/CONTRACT-01-suggest-api.md"), CONTRACT);
        write(platform.resolve("context/cp-search-v3.md"), "---\nid: cp-search\nversion: v3\n---\n\n# Search pack\n");
        write(tmp.resolve("search-svc/context/component.yaml"), "component: search\ndomain: search\n");
        write(tmp.resolve("search-svc/specs/.keep"), "");
        write(tmp.resolve("web/context/component.yaml"), "component: web\n");
        write(tmp.resolve("web/specs/.keep"), "");
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Workspace load() {
        return Workspace.load(List.of(RepoSpec.ofFolder(platform), RepoSpec.ofFolder(tmp.resolve("search-svc")),
                RepoSpec.ofFolder(tmp.resolve("web"))));
    }

    @Test
    void tableTasksFanOutByComponentNameAndTheChildrenKeyIsAddedWhereTheMetadataIs() throws IOException {
        Workspace ws = load();
        FanOutPlan plan = FanOut.plan(ws, "plat/PLAT-007");

        assertThat(plan.items()).extracting(i -> i.key() + " " + i.repo() + " " + i.state() + " "
                + (i.proposal() == null ? i.note() : i.proposal().path())).containsExactly(
                "T1 search-svc NEW specs/SPEC-SEARCH-01-suggest-endpoint.md",
                "T2 web NEW specs/SPEC-WEB-01-suggestions-box.md");
        FanOutItem t1 = plan.item("T1").orElseThrow();
        assertThat(t1.implementz()).isEqualTo("PLAT-007 v2");
        assertThat(t1.contextPack()).isEqualTo("cp-search v3");
        assertThat(t1.contracts()).as("search owns the contract").containsExactly("CONTRACT-01 v1");
        assertThat(plan.item("T2").orElseThrow().contracts()).as("web consumes it").containsExactly("CONTRACT-01 v1");
        List<String> before = Files.readAllLines(platform.resolve("platform-specs/PLAT-007-search/spec.md"));

        FanOutResult result = FanOut.apply(ws, plan, plan.creatableKeys(), FanOutTest.DAY);

        assertThat(result.problems()).isEmpty();
        List<String> expected = new ArrayList<>(before);
        expected.add(expected.indexOf("- Contract Specs: CONTRACT-01 v1") + 1,
                "- Children: search-svc:SPEC-SEARCH-01, web:SPEC-WEB-01");
        assertThat(Files.readAllLines(platform.resolve("platform-specs/PLAT-007-search/spec.md")))
                .isEqualTo(expected);
        Workspace after = load();
        assertThat(after.graph().outgoing("plat/PLAT-007", EdgeKind.CHILD)).extracting(e -> e.to())
                .containsExactlyInAnyOrder("search-svc/SPEC-SEARCH-01", "web/SPEC-WEB-01");
        for (FanOutResult.Written w : result.written()) {
            assertThat(FanOutTest.formatFindings(after, w.repo(), w.path())).as(w.path()).isEmpty();
            assertThat(after.graph().outgoing(w.nodeKey(), EdgeKind.DEPENDS_ON)).extracting(e -> e.to())
                    .containsExactly("plat/CONTRACT-01@v1");
        }
        assertThat(Files.readString(tmp.resolve("search-svc/specs/SPEC-SEARCH-01-suggest-endpoint.md")))
                .contains("- Domain: search\n", "Source: PLAT-007 v2 (fan-out task T1)\n");
        assertThat(FanOut.plan(after, "plat/PLAT-007").creatableKeys()).isEmpty();
    }
}
