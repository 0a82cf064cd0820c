package io.specgraph.graph.gate.openspec;

import io.specgraph.model.Finding;
import io.specgraph.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Delta-spec rules OS22–OS32, each failing and passing. */
class DeltaRulesTest {

    private static final String DELTA_PATH = "openspec/changes/add-2fa/specs/auth/spec.md";
    private static final String SCENARIO = "#### Scenario: S\n- **WHEN** x\n- **THEN** y\n";

    @TempDir
    Path tmp;

    private OsRepo.Loaded delta(String text) {
        return new OsRepo(tmp).spec().change(text).load();
    }

    private static String added(String name, String body) {
        return "## ADDED Requirements\n\n### Requirement: " + name + "\n" + body + "\n" + SCENARIO;
    }

    @Test
    void nonRequirementHeadingsInAddedAreInfo() {
        OsRepo.Loaded r = delta(OsRepo.DELTA + "\n### Notes\n\n### Requirement:\n");
        assertThat(r.findings("add-2fa")).extracting(Finding::rule, Finding::severity, Finding::line).containsExactly(
                tuple(OpenSpecRules.SKIPPED_HEADER, Severity.INFO, 10),
                tuple(OpenSpecRules.SKIPPED_HEADER, Severity.INFO, 12));
        assertThat(r.findings("add-2fa").get(0).message()).isEqualTo("Header \"### Notes\" in ADDED Requirements is "
                + "not a \"### Requirement:\" header and is ignored by validation. Use \"### Requirement: Notes\" if "
                + "it should be validated as a requirement.");
        assertThat(r.findings("add-2fa").get(1).message()).isEqualTo("Header \"### Requirement:\" in ADDED "
                + "Requirements is missing a requirement name and is ignored by validation. Add a name, e.g. "
                + "\"### Requirement: <name>\".");
        assertThat(r.item("change", "add-2fa").validStrict()).isTrue();
    }

    @Test
    void unpairedRenameLines() {
        OsRepo.Loaded r = delta(OsRepo.DELTA + "\n## RENAMED Requirements\n- FROM: `### Requirement: Login`\n");
        Finding f = r.only("add-2fa", OpenSpecRules.UNPAIRED_RENAME);
        assertThat(f.line()).isEqualTo(11);
        assertThat(f.message()).isEqualTo("RENAMED FROM: \"Login\" has no matching TO: line. Write each rename as a "
                + "FROM: line followed immediately by its TO: line.");
        OsRepo.Loaded paired = new OsRepo(tmp.resolve("p")).spec().change("## RENAMED Requirements\n"
                + "- FROM: `### Requirement: Login`\n- TO: `### Requirement: Sign-in`\n").load();
        assertThat(paired.findings("add-2fa")).isEmpty();
    }

    @Test
    void requirementOutsideDeltaSectionsIsAWarning() {
        OsRepo.Loaded r = delta(OsRepo.DELTA + "\n## Notes\n### Requirement: Later\nThe system SHALL wait.\n");
        Finding f = r.only("add-2fa", OpenSpecRules.ORPHANED_REQUIREMENT);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.line()).isEqualTo(11);
        assertThat(f.message()).startsWith("Requirement \"Later\" is under \"## Notes\", which is not a delta section, "
                + "so it is ignored. Move it under \"## ADDED Requirements\"");
    }

    @Test
    void duplicatesWithinASection() {
        OsRepo.Loaded r = delta(OsRepo.DELTA + "\n### Requirement: Two-factor sign-in ##\nThe system SHALL ask "
                + "again.\n\n" + SCENARIO + "\n## REMOVED Requirements\n- `### Requirement: A`\n"
                + "- `### Requirement: A`\n");
        assertThat(r.findings("add-2fa")).extracting(Finding::message).contains(
                "Duplicate requirement in ADDED: \"Two-factor sign-in\"", "Duplicate requirement in REMOVED: \"A\"");
    }

    @Test
    void oneRequirementInTwoSections() {
        OsRepo.Loaded r = delta(OsRepo.DELTA + "\n## REMOVED Requirements\n- `### Requirement: Two-factor sign-in`\n"
                + "\n## RENAMED Requirements\n- FROM: `### Requirement: Login`\n- TO: `### Requirement: Two-factor "
                + "sign-in`\n");
        assertThat(r.findings("add-2fa")).filteredOn(f -> f.rule().equals(OpenSpecRules.SECTION_CONFLICT))
                .extracting(Finding::message).containsExactly(
                        "Requirement present in both ADDED and REMOVED: \"Two-factor sign-in\"",
                        "RENAMED TO collides with ADDED for \"Two-factor sign-in\"");
        OsRepo.Loaded spelled = new OsRepo(tmp.resolve("s")).spec().change("## RENAMED Requirements\n"
                + "- FROM: `### Requirement: Login`\n- TO: `### Requirement: Sign-in`\n\n## REMOVED Requirements\n"
                + "- `### Requirement: login`\n").load();
        assertThat(spelled.only("add-2fa", OpenSpecRules.SECTION_CONFLICT).message())
                .isEqualTo("Requirement present in both RENAMED and REMOVED: \"Login\" (REMOVED spells it \"login\")");
    }

    @Test
    void addedWithoutBodyOrKeyword() {
        OsRepo.Loaded r = delta(added("Session list", ""));
        assertThat(r.only("add-2fa", OpenSpecRules.DELTA_BODY_MISSING).message())
                .isEqualTo("ADDED \"Session list\" is missing requirement text");
        OsRepo.Loaded weak = new OsRepo(tmp.resolve("w")).spec().change(added("Session list", "Sessions are listed."))
                .load();
        Finding w = weak.only("add-2fa", OpenSpecRules.DELTA_NO_SHALL);
        assertThat(w.message()).isEqualTo("ADDED \"Session list\" should contain SHALL or MUST (RFC 2119 best practice "
                + "for English specs)");
        assertThat(w.line()).isEqualTo(3);
        assertThat(weak.item("change", "add-2fa").valid()).isTrue();
        assertThat(weak.item("change", "add-2fa").validStrict()).isFalse();
    }

    @Test
    void addedWithoutScenario() {
        OsRepo.Loaded r = delta("## ADDED Requirements\n\n### Requirement: Lock\nThe system SHALL lock.\n\n"
                + "#### Scenario: Empty\n");
        assertThat(r.only("add-2fa", OpenSpecRules.DELTA_NO_SCENARIO).message()).isEqualTo("ADDED \"Lock\" must "
                + "include at least one scenario (a scenario header with no body under it does not count; add its "
                + "steps, e.g. \"- **WHEN** ...\" and \"- **THEN** ...\")");
    }

    @Test
    void modifiedThatDropsAScenario() {
        OsRepo.Loaded r = delta("## MODIFIED Requirements\n\n### Requirement: Login\nThe system SHALL log in.\n\n"
                + "#### Scenario: Remembered device\n- **WHEN** x\n- **THEN** y\n");
        Finding f = r.only("add-2fa", OpenSpecRules.SCENARIO_LOSS);
        assertThat(f.line()).isEqualTo(3);
        assertThat(f.message()).isEqualTo("MODIFIED \"Login\" omits scenario(s) the current spec still has: "
                + "\"Valid credentials\". The modified block has 1 scenario; the current spec has 1 scenario. It adds "
                + "1 scenario not in the current spec: \"Remembered device\". Copy the omitted scenarios into the "
                + "MODIFIED block (a MODIFIED requirement replaces the whole block, so archive refuses to drop them).");
        OsRepo.Loaded kept = new OsRepo(tmp.resolve("k")).spec().change("## MODIFIED Requirements\n\n"
                + "### Requirement: Login\nThe system SHALL log in.\n\n#### Scenario: Valid credentials\n"
                + "- **WHEN** x\n")
                .load();
        assertThat(kept.findings("add-2fa")).isEmpty();
    }

    @Test
    void archiveRefusalIsInfo() {
        OsRepo.Loaded r = delta("## RENAMED Requirements\n- FROM: `### Requirement: Logout`\n"
                + "- TO: `### Requirement: Sign-out`\n");
        Finding f = r.only("add-2fa", OpenSpecRules.ARCHIVE_WOULD_REFUSE);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.path()).isEqualTo(DELTA_PATH);
        assertThat(f.message()).isEqualTo("Archive would refuse this delta: auth RENAMED failed for header "
                + "\"### Requirement: Logout\" - source not found");
        assertThat(r.item("change", "add-2fa").validStrict()).isTrue();
        OsRepo.Loaded near = new OsRepo(tmp.resolve("n")).spec().change(added("LOGIN", "The system SHALL do it."))
                .load();
        assertThat(near.only("add-2fa", OpenSpecRules.ARCHIVE_WOULD_REFUSE).message()).isEqualTo("Archive would "
                + "refuse this delta: auth ADDED failed for header \"### Requirement: LOGIN\" - \"### Requirement: "
                + "Login\" already exists and differs only in case or spacing; use MODIFIED with that exact header to "
                + "change it, or choose a distinct name");
        OsRepo.Loaded fresh = new OsRepo(tmp.resolve("f")).change("## MODIFIED Requirements\n\n"
                + "### Requirement: Login\nThe system SHALL log in.\n\n" + SCENARIO).load();
        assertThat(fresh.only("add-2fa", OpenSpecRules.ARCHIVE_WOULD_REFUSE).message()).isEqualTo("Archive would "
                + "refuse this delta: auth: target spec does not exist; only ADDED requirements are allowed for new "
                + "specs. MODIFIED and RENAMED operations require an existing spec.");
    }

    @Test
    void unreadableMainSpecFailsTheModifiedCheck() throws Exception {
        OsRepo repo = new OsRepo(tmp).spec().change("## MODIFIED Requirements\n\n### Requirement: Login\n"
                + "The system SHALL log in.\n\n" + SCENARIO);
        Path main = repo.repo().resolve("openspec/specs/auth/spec.md");
        assumeTrue(Files.getFileStore(main).supportsFileAttributeView("posix"), "POSIX permissions needed");
        Files.setPosixFilePermissions(main, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(main), "running as a user who can read any file");
            OsRepo.Loaded r = repo.load();
            assertThat(r.only("add-2fa", OpenSpecRules.MAIN_SPEC_UNREADABLE).message()).startsWith("Could not read "
                    + "openspec/specs/auth/spec.md to check the MODIFIED requirements against it");
        } finally {
            Files.setPosixFilePermissions(main, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
