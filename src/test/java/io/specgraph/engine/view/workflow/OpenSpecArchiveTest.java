package io.specgraph.engine.view.workflow;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.WorkspaceException;
import io.specgraph.model.Node;
import io.specgraph.testkit.TestRepos;
import io.specgraph.ui.FxDemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Archiving OpenSpec changes on real files: the demo change, and one fixture per refusal of openspec archive. */
class OpenSpecArchiveTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final String MAIN = "# auth Specification\n\n## Purpose\nSign users in and keep their sessions, "
            + "for the web shop and the mobile app.\n\n## Requirements\n### Requirement: Login\nThe system SHALL sign "
            + "in users with email and password.\n\n#### Scenario: Valid credentials\n- **WHEN** a user signs in\n"
            + "- **THEN** a session starts\n\n### Requirement: Logout\nThe system SHALL end the session on logout.\n\n"
            + "#### Scenario: Logout\n- **WHEN** a user logs out\n- **THEN** the session ends\n";

    @TempDir
    Path tmp;

    private static String req(String name) {
        return "### Requirement: " + name + "\nThe system SHALL do " + name + ".\n\n#### Scenario: " + name
                + "\n- **WHEN** it runs\n- **THEN** it works\n";
    }

    /** A repo with the auth capability and one change whose delta for {@code capability} is {@code delta}. */
    private TestRepos change(String capability, String delta) {
        return new TestRepos(tmp)
                .file("svc/openspec/config.yaml", "schema: spec-driven\n")
                .file("svc/openspec/specs/auth/spec.md", MAIN)
                .file("svc/openspec/changes/c1/proposal.md", "## Why\nBecause the shop needs it, for reasons that "
                        + "take more than fifty characters.\n\n## What Changes\n- things\n")
                .file("svc/openspec/changes/c1/tasks.md", "## 1. Do\n\n- [x] 1.1 Do it\n")
                .file("svc/openspec/changes/c1/specs/" + capability + "/spec.md", delta);
    }

    private static OpenSpecArchivePlan check(TestRepos repos) {
        return OpenSpecArchive.check(repos.load(), "svc/c1", DAY);
    }

    @Test
    void archivesTheDemoChangeAfterConfirmingItsOpenTasks() throws Exception {
        Path demo = FxDemo.fresh(tmp);
        Workspace ws = FxDemo.load(demo);
        Node change = ws.graph().node("shipping/add-guest-quotes").orElseThrow();
        assertThat(OpenSpecStage.of(change)).isEqualTo(OpenSpecStage.IMPLEMENTING);
        assertThat(OpenSpecStage.describe(change)).isEqualTo("Implementing · 2/4 tasks · next: finish the tasks");

        OpenSpecArchivePlan plan = OpenSpecArchive.check(ws, "shipping/add-guest-quotes", DAY);
        assertThat(plan.refusals()).isEmpty();
        assertThat(plan.openTasks()).isEqualTo(2);
        assertThat(plan.message()).isEqualTo("archive add-guest-quotes as 2026-03-01-add-guest-quotes; "
                + "shipping-quotes: update (+1 added, ~1 modified)");
        Path main = demo.resolve("shipping/openspec/specs/shipping-quotes/spec.md");
        String before = Files.readString(main);
        assertThatThrownBy(() -> OpenSpecArchive.archive(ws, plan, false)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("2 incomplete task(s)");
        assertThat(Files.readString(main)).isEqualTo(before);

        List<String> done = OpenSpecArchive.archive(ws, plan, true);
        assertThat(done).containsExactly("openspec/specs/shipping-quotes/spec.md",
                "openspec/changes/add-guest-quotes → openspec/changes/archive/2026-03-01-add-guest-quotes");
        String after = Files.readString(main);
        assertThat(after).as("byte for byte what openspec 1.10.0 `archive add-guest-quotes -y` wrote")
                .isEqualTo(new String(OpenSpecArchiveTest.class.getResourceAsStream(
                        "/openspec-archive/shipping-quotes.after-add-guest-quotes.md").readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
        assertThat(after).contains("the shopper's identity\n(customer id or guest token) MUST NOT change")
                .contains("#### Scenario: Guest cart without customer id")
                .contains("### Requirement: Quote expiry")
                .endsWith("### Requirement: Shared quote cache key\nThe service SHALL cache quotes by destination "
                        + "country, postcode and 500 g weight band, so that\nguests and customers share cached quotes."
                        + "\n\n#### Scenario: Guest hits a customer's cached quote\n- **GIVEN** a customer requested "
                        + "quotes for 1012 AB and a 1.2 kg cart a minute ago\n- **WHEN** a guest requests quotes for "
                        + "1012 AB and a 1.4 kg cart\n- **THEN** the cached quotes are returned without a carrier "
                        + "call\n");
        assertThat(after.indexOf("Quote by destination")).isLessThan(after.indexOf("Quote expiry"));
        assertThat(demo.resolve("shipping/openspec/changes/add-guest-quotes")).doesNotExist();
        assertThat(demo.resolve("shipping/openspec/changes/archive/2026-03-01-add-guest-quotes/tasks.md")).exists();

        Workspace reloaded = FxDemo.load(demo);
        Node archived = reloaded.graph().nodes().stream().filter(n -> n.id().equals("2026-03-01-add-guest-quotes"))
                .findFirst().orElseThrow();
        assertThat(OpenSpecStage.of(archived)).isEqualTo(OpenSpecStage.ARCHIVED);
        assertThat(reloaded.findings()).noneMatch(f -> f.isError() && f.rule().startsWith("OS")
                && f.path().contains("shipping-quotes"));
        assertThat(OpenSpecArchive.check(reloaded, archived.key(), DAY).refusals()).singleElement().asString()
                .contains("archived already");
    }

    @Test
    void createsANewCapabilityFromAddedRequirements() throws Exception {
        TestRepos repos = change("billing", "## ADDED Requirements\n" + req("Invoice"));
        OpenSpecArchivePlan plan = check(repos);
        assertThat(plan.refusals()).isEmpty();
        assertThat(plan.needsConfirmation()).isFalse();
        assertThat(plan.message()).endsWith("billing: create (+1 added)");
        OpenSpecArchive.archive(repos.load(), plan, false);
        assertThat(repos.read("svc/openspec/specs/billing/spec.md")).isEqualTo("# billing Specification\n\n## Purpose"
                + "\nTBD - created by archiving change c1. Update Purpose after archive.\n\n## Requirements\n\n"
                + req("Invoice"));
    }

    @Test
    void appliesRenamedRemovedModifiedAddedInOpenSpecOrder() throws Exception {
        String delta = "## RENAMED Requirements\n- FROM: `### Requirement: Login`\n- TO: `### Requirement: Sign in`\n\n"
                + "## REMOVED Requirements\n### Requirement: Logout\n**Reason**: gone\n\n## MODIFIED Requirements\n"
                + "### Requirement: Sign in\nThe system SHALL sign in users with a passkey.\n\n#### Scenario: Valid "
                + "credentials\n- **WHEN** a user signs in\n- **THEN** a session starts\n\n## ADDED Requirements\n"
                + req("Audit");
        TestRepos repos = change("auth", delta);
        OpenSpecArchivePlan plan = check(repos);
        assertThat(plan.refusals()).isEmpty();
        assertThat(plan.specs().get(0).summary()).isEqualTo("auth: update (+1 added, ~1 modified, -1 removed, "
                + "→1 renamed)");
        OpenSpecArchive.archive(repos.load(), plan, false);
        String out = repos.read("svc/openspec/specs/auth/spec.md");
        assertThat(out).as("what openspec 1.10.0 archive writes for the same delta").isEqualTo("# auth "
                + "Specification\n\n## Purpose\nSign users in and keep their sessions, for the web shop and the mobile "
                + "app.\n\n## Requirements\n\n### Requirement: Sign in\nThe system SHALL sign in users with a passkey."
                + "\n\n#### Scenario: Valid credentials\n- **WHEN** a user signs in\n- **THEN** a session starts\n\n"
                + req("Audit"));
    }

    /** Each delta and the refusal openspec archive gives for it. */
    static Stream<String[]> refusals() {
        return Stream.of(
                new String[] {"auth", "## MODIFIED Requirements\n" + req("Nope"),
                        "auth MODIFIED failed for header \"### Requirement: Nope\" - not found"},
                new String[] {"auth", "## REMOVED Requirements\n### Requirement: logout\n",
                        "auth REMOVED failed for header \"### Requirement: logout\" - not found, but \"### "
                                + "Requirement: Logout\" exists"},
                new String[] {"auth", "## ADDED Requirements\n" + req("Login"),
                        "auth ADDED failed for header \"### Requirement: Login\" - already exists"},
                new String[] {"auth", "## ADDED Requirements\n" + req("Twice") + "\n" + req("Twice"),
                        "auth validation failed - duplicate requirement in ADDED for header \"### Requirement: Twice\""},
                new String[] {"auth", "## MODIFIED Requirements\n" + req("Logout") + "\n## REMOVED Requirements\n"
                        + "### Requirement: Logout\n", "requirement present in multiple sections (MODIFIED and "
                        + "REMOVED) for header \"### Requirement: Logout\""},
                new String[] {"billing", "## MODIFIED Requirements\n" + req("Invoice"),
                        "billing: target spec does not exist; only ADDED requirements are allowed for new specs."},
                new String[] {"auth", "## RENAMED Requirements\n- FROM: `### Requirement: Login`\n- TO: `### "
                        + "Requirement: Logout`\n", "auth RENAMED failed for header \"### Requirement: Logout\" - "
                        + "target already exists"},
                new String[] {"auth", "## RENAMED Requirements\n- FROM: `### Requirement: Gone`\n- TO: `### "
                        + "Requirement: Here`\n", "auth RENAMED failed for header \"### Requirement: Gone\" - "
                        + "source not found"},
                new String[] {"auth", "## MODIFIED Requirements\n### Requirement: Login\nThe system SHALL sign in "
                        + "users.\n\n#### Scenario: Other\n- **WHEN** x\n- **THEN** y\n",
                        "current spec contains scenario(s) not present in the modified block: \"Valid credentials\""},
                new String[] {"auth", "Just notes, no delta sections.\n", "validation: "});
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("refusals")
    void refusesWhatOpenSpecArchiveRefusesAndWritesNothing(String capability, String delta, String message)
            throws Exception {
        TestRepos repos = change(capability, delta);
        Workspace ws = repos.load();
        OpenSpecArchivePlan plan = OpenSpecArchive.check(ws, "svc/c1", DAY);
        assertThat(plan.ok()).isFalse();
        assertThat(String.join("\n", plan.refusals())).contains(message);
        assertThatThrownBy(() -> OpenSpecArchive.archive(ws, plan, true)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("cannot archive c1");
        assertThat(repos.read("svc/openspec/specs/auth/spec.md")).isEqualTo(MAIN);
        assertThat(repos.root().resolve("svc/openspec/specs/billing")).doesNotExist();
        assertThat(repos.root().resolve("svc/openspec/changes/c1/tasks.md")).exists();
    }

    @Test
    void removingAMissingRequirementIsAWarningAsInOpenSpec() {
        OpenSpecArchivePlan plan = check(change("auth", "## REMOVED Requirements\n### Requirement: Gone\n\n"
                + "## ADDED Requirements\n" + req("New")));
        assertThat(plan.refusals()).isEmpty();
        assertThat(plan.warnings()).containsExactly("auth - REMOVED requirement \"Gone\" is not in the current spec; "
                + "treating it as already removed.");
    }

    @Test
    void refusesWhenTheArchiveFolderExistsAndWhenAFileChangedAfterTheCheck() throws Exception {
        TestRepos repos = change("auth", "## ADDED Requirements\n" + req("New"))
                .file("svc/openspec/changes/archive/2026-03-01-c1/proposal.md", "old\n");
        assertThat(check(repos).refusals()).containsExactly("Archive '2026-03-01-c1' already exists "
                + "(openspec/changes/archive/2026-03-01-c1); rename or remove it first");

        TestRepos fresh = change("auth", "## ADDED Requirements\n" + req("New"));
        Workspace ws = fresh.load();
        OpenSpecArchivePlan plan = OpenSpecArchive.check(ws, "svc/c1", LocalDate.of(2026, 3, 2));
        fresh.file("svc/openspec/specs/auth/spec.md", MAIN + "\n");
        assertThatThrownBy(() -> OpenSpecArchive.archive(ws, plan, false)).hasMessageContaining("changed on disk");
        assertThat(fresh.root().resolve("svc/openspec/changes/c1")).exists();
    }

    @Test
    void keepsTheLineEndingsOfACrlfMainSpec() throws Exception {
        TestRepos repos = change("auth", "## ADDED Requirements\n" + req("New"))
                .file("svc/openspec/specs/auth/spec.md", MAIN.replace("\n", "\r\n"));
        OpenSpecArchivePlan plan = check(repos);
        assertThat(plan.refusals()).isEmpty();
        OpenSpecArchive.archive(repos.load(), plan, false);
        String out = repos.read("svc/openspec/specs/auth/spec.md");
        String merged = MAIN.replace("## Requirements\n###", "## Requirements\n\n###") + "\n" + req("New");
        assertThat(out).as("OpenSpec's layout (a blank line after the heading), in the file's CRLF")
                .isEqualTo(merged.replace("\n", "\r\n"));
    }
}
