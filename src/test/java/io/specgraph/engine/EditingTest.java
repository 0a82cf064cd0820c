package io.specgraph.engine;

import io.specgraph.model.Keys;
import io.specgraph.testkit.GitCli;
import io.specgraph.testkit.TestRepos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** {@code set} on every layout changes one line: checked with git's own diff on real repos. */
class EditingTest {

    @TempDir
    Path tmp;

    private TestRepos layouts() {
        return new TestRepos(tmp)
                .file("platform/constitution/constitution.md", "# C\n\n**Version**: 1.0.0 | **Ratified**: 2026-01-01\n")
                .file("platform/platform-specs/PLAT-1.md", "# P\n\n## Metadata\n- ID: PLAT-1\n- Version: v1\n"
                        + "- Status: Draft\n- Children: []\n\n## Problem Statement\nSource: Platform MCP v3\n")
                .file("platform/adr/0001-use-kafka.md", "# 1. Use Kafka\r\n\r\nDate: 2026-01-01\r\n\r\n## Status\r\n\r\n"
                        + "Accepted\r\n\r\n## Context\r\n\r\nEvents.\r\n")
                .file("platform/adr/0002-use-madr.md", "---\nstatus: \"proposed\"\ndate: 2026-01-02\n---\n\n# Use MADR\n\n"
                        + "## Context and Problem Statement\n\nWhich format?\n")
                .file("platform/adr/0003-madr2.md", "# Use Postgres\n\n* Status: proposed\n* Date: 2026-01-03\n\n"
                        + "## Context and Problem Statement\n\nStorage.\n")
                .file("platform/context/cp-a-v1.yaml", "id: cp-a\nversion: v1\nsources: [Platform MCP v3]\n")
                .file("kit/.specify/memory/constitution.md", "# K Constitution\n")
                .file("kit/specs/001-cart/spec.md", "\uFEFF# Feature Specification: Cart\n\n**Feature Branch**: `001-cart`\n\n"
                        + "**Created**: 2026-01-01\n\n**Status**: Draft\n\n**Input**: User description: \"cart\"\n\n"
                        + "## User Scenarios & Testing *(mandatory)*\n");
    }

    private List<Editing.Change> set(TestRepos repos, String node, String... assignments)
            throws WorkspaceException, EditRefusedException {
        List<Assignment> list = java.util.Arrays.stream(assignments).map(Assignment::parse).toList();
        return new Editing(repos.load()).set(node, list, false);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "platform/PLAT-1|status=Paused|platform-specs/PLAT-1.md",
            "platform/PLAT-1|children+=SPEC-9|platform-specs/PLAT-1.md",
            "platform/PLAT-1|context_pack=cp-a v1|platform-specs/PLAT-1.md",
            "platform/ADR-1|status=Deprecated|adr/0001-use-kafka.md",
            "platform/ADR-2|status=In Review|adr/0002-use-madr.md",
            "platform/ADR-3|status=In Review|adr/0003-madr2.md",
            "platform/cp-a@v1|version=v2|context/cp-a-v1.yaml",
            "platform/constitution|version=1.1.0|constitution/constitution.md",
            "kit/001-cart|status=Paused|specs/001-cart/spec.md",
            "kit/001-cart|implements=PLAT-1 v1|specs/001-cart/spec.md"})
    void setChangesExactlyOneLineOnEveryLayout(String node, String assignment, String file) throws Exception {
        TestRepos repos = layouts();
        String repo = node.substring(0, node.indexOf('/'));
        GitCli.commitAll(repos.repo(repo));
        List<Editing.Change> changes = set(repos, node, assignment);
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.changed()).isTrue();
            assertThat(c.path()).isEqualTo(file);
        });
        GitCli.NumStat stat = GitCli.numstat(repos.repo(repo));
        assertThat(stat.files()).containsExactly(file);
        assertThat(stat.added()).as("lines added").isEqualTo(1);
        assertThat(stat.removed()).as("lines removed").isLessThanOrEqualTo(1);
    }

    @Test
    void adrStatusSectionKeepsCrlf() throws Exception {
        TestRepos repos = layouts();
        set(repos, "platform/ADR-1", "status=Deprecated");
        assertThat(repos.read("platform/adr/0001-use-kafka.md")).contains("## Status\r\n\r\nDeprecated\r\n\r\n## Context");
    }

    @Test
    void specKitBomAndLabelStyleAreKept() throws Exception {
        TestRepos repos = layouts();
        set(repos, "kit/001-cart", "status=Paused", "implements=PLAT-1 v1");
        String text = repos.read("kit/specs/001-cart/spec.md");
        assertThat(text).startsWith("\uFEFF# Feature").contains("**Status**: Paused\n")
                .contains("**Input**: User description: \"cart\"\n\n**Implements**: PLAT-1 v1\n## User");
    }

    @Test
    void refusesAnIllegalAdrTransitionAndChangesNothing() {
        TestRepos repos = layouts();
        Throwable t = catchThrowable(() -> set(repos, "platform/ADR-2", "status=Accepted"));
        assertThat(t).isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("cannot go from Proposed to Approved").hasMessageContaining("In Review");
        assertThat(repos.read("platform/adr/0002-use-madr.md")).contains("status: \"proposed\"");
    }

    @Test
    void refusesAStatusNoLifecycleKnows() {
        Throwable t = catchThrowable(() -> set(layouts(), "platform/PLAT-1", "status=Frozen solid"));
        assertThat(t).isInstanceOf(EditRefusedException.class).hasMessageContaining("not a state of the spec lifecycle");
    }

    @Test
    void editsOnlyTheFileTheValueLivesIn() throws Exception {
        TestRepos repos = layouts();
        String before = repos.read("platform/platform-specs/PLAT-1.md");
        List<Editing.Change> c = set(repos, "PLAT-1", Keys.STATUS + "=Draft");
        assertThat(c.get(0).changed()).isFalse();
        assertThat(repos.read("platform/platform-specs/PLAT-1.md")).isEqualTo(before);
    }

    @Test
    void aRefusedAssignmentMeansNothingIsWritten() {
        TestRepos repos = layouts();
        String before = repos.read("platform/platform-specs/PLAT-1.md");
        Throwable t = catchThrowable(() -> set(repos, "PLAT-1", "owner=bob", "status=Done"));
        assertThat(t).isInstanceOf(EditRefusedException.class);
        assertThat(repos.read("platform/platform-specs/PLAT-1.md")).isEqualTo(before);
    }

    @Test
    void twoAssignmentsOnARefinedSpecKitPlatformSpecEachUseFreshSpans() throws Exception {
        TestRepos repos = new TestRepos(tmp)
                .file("team/.specify/memory/constitution.md", "# C\n\nAll services log.\n")
                .file("team/specs/001-platform-spec/spec.md", "# Feature Specification: Checkout\n\n"
                        + "**Status**: Draft\n\n**Version**: v1\n\n## User Scenarios\n")
                .file("team/specs/002-cart/spec.md", "# Feature Specification: Cart\n\n**Implements**: 001-platform-spec v1\n"
                        + "\n**Status**: Draft\n\n## User Scenarios\n");
        set(repos, "team/001-platform-spec", "status=Paused", "version=v2");
        assertThat(repos.read("team/specs/001-platform-spec/spec.md"))
                .contains("**Status**: Paused\n\n**Version**: v2\n");
    }

    @Test
    void jsonFilesAreNotEdited() {
        TestRepos repos = layouts().file("platform/context/cp-j.json", "{\"id\": \"cp-j\", \"version\": \"v1\"}\n");
        Throwable t = catchThrowable(() -> set(repos, "platform/cp-j@v1", "version=v2"));
        assertThat(t).isInstanceOf(WorkspaceException.class).hasMessageContaining("by hand");
        assertThat(repos.read("platform/context/cp-j.json")).contains("\"v1\"");
    }

    @Test
    void refusesApprovedWhileAGateFailsAndSaysWhich() {
        TestRepos repos = layouts();
        Throwable t = catchThrowable(() -> set(repos, "platform/PLAT-1", "status=Approved"));
        assertThat(t).isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("platform/PLAT-1 cannot be Approved while")
                .hasMessageContaining("nfr-compliance").hasMessageContaining("NF1");
        assertThat(repos.read("platform/platform-specs/PLAT-1.md")).contains("- Status: Draft\n");
    }

    @Test
    void approvesASpecWhoseGatesPass() throws Exception {
        TestRepos repos = io.specgraph.testkit.GoldenRepos.write(new TestRepos(tmp));
        List<Editing.Change> c = set(repos, "cart/SPEC-CART-1", "status=Approved");
        assertThat(c.get(0).changed()).isTrue();
        assertThat(repos.read("cart/specs/SPEC-CART-1.md")).contains("- Status: Approved\n");
    }

    private TestRepos openspec() {
        return new TestRepos(tmp)
                .file("os/openspec/specs/auth/spec.md", "# auth Specification\n\n## Purpose\nAuthentication for every "
                        + "user of the shop, with sessions.\n\n## Requirements\n### Requirement: Login\nThe system SHALL log "
                        + "users in.\n\n#### Scenario: ok\n- **WHEN** valid\n- **THEN** in\n")
                .file("os/openspec/changes/add-mfa/proposal.md", "# Change: Add MFA\n\n## Why\nSecurity.\n")
                .file("os/openspec/changes/add-mfa/tasks.md", "## 1. Build\n- [x] 1.1 Model\n- [ ] 1.2 UI\n");
    }

    @Test
    void anOpenSpecChangesStateFollowsItsTasksAndCannotBeSet() {
        TestRepos repos = openspec();
        assertThat(repos.graph().node("os/add-mfa").orElseThrow().state())
                .isEqualTo(io.specgraph.model.LifecycleState.IMPLEMENTING);
        Throwable t = catchThrowable(() -> set(repos, "os/add-mfa", "status=Done"));
        assertThat(t).isInstanceOf(EditRefusedException.class).hasMessageContaining("follows its tasks and the archive");
    }

    @Test
    void otherKeysOfAChangeGoToItsOpenspecYaml() throws Exception {
        TestRepos repos = openspec();
        List<Editing.Change> c = set(repos, "os/add-mfa", "initiative=ECO-124");
        assertThat(c.get(0).path()).isEqualTo("openspec/changes/add-mfa/.openspec.yaml");
        assertThat(repos.read("os/openspec/changes/add-mfa/.openspec.yaml")).isEqualTo("initiative: ECO-124\n");
        assertThat(repos.read("os/openspec/changes/add-mfa/proposal.md")).startsWith("# Change: Add MFA");
    }
}
