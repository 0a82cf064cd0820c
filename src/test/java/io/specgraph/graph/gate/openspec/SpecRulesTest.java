package io.specgraph.graph.gate.openspec;

import io.specgraph.graph.gate.OpenSpecVerdict;
import io.specgraph.model.Finding;
import io.specgraph.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Main-spec rules OS1–OS15, each with a failing and a passing example. */
class SpecRulesTest {

    private static final String AUTH = "openspec/specs/auth/spec.md";

    @TempDir
    Path tmp;

    private OsRepo.Loaded spec(String text) {
        return new OsRepo(tmp).file(AUTH, text).load();
    }

    @Test
    void validSpecHasNoIssueAndBothVerdictsPass() {
        OsRepo.Loaded r = new OsRepo(tmp).spec().load();
        assertThat(r.findings("auth")).isEmpty();
        OpenSpecVerdict v = r.item("spec", "auth");
        assertThat(v.valid()).isTrue();
        assertThat(v.validStrict()).isTrue();
        assertThat(v.repo()).isEqualTo("r");
        assertThat(v.node()).isEqualTo("r/auth");
    }

    @Test
    void missingPurposeIsTheOnlyIssue() {
        OsRepo.Loaded r = spec(OsRepo.SPEC.replace("## Purpose\n" + OsRepo.PURPOSE + "\n", "## Purpose\n"));
        Finding f = r.only("auth", OpenSpecRules.NO_PURPOSE);
        assertThat(r.findings("auth")).hasSize(1);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.message()).startsWith("Spec must have a Purpose section. Missing required sections. Expected "
                + "headers: \"## Purpose\" and \"## Requirements\". Example:\n## Purpose\n[brief purpose]");
        assertThat(f.path()).isEqualTo(AUTH);
        assertThat(f.line()).isEqualTo(3);
        assertThat(f.gate()).isNull();
        assertThat(f.hint()).isNotBlank();
        assertThat(r.item("spec", "auth").valid()).isFalse();
    }

    @Test
    void missingRequirementsSection() {
        OsRepo.Loaded r = spec("# auth\n\n## Purpose\n" + OsRepo.PURPOSE + "\n\n## Notes\nnone\n");
        assertThat(r.only("auth", OpenSpecRules.NO_REQUIREMENTS_SECTION).message())
                .startsWith("Spec must have a Requirements section. Missing required sections.");
        assertThat(r.rules("auth")).containsExactly(OpenSpecRules.NO_REQUIREMENTS_SECTION);
    }

    @Test
    void emptyRequirementsSection() {
        OsRepo.Loaded r = spec("# auth\n\n## Purpose\n" + OsRepo.PURPOSE + "\n\n## Requirements\n");
        Finding f = r.only("auth", OpenSpecRules.NO_REQUIREMENT);
        assertThat(f.message()).isEqualTo("Spec must have at least one requirement");
        assertThat(f.line()).isEqualTo(6);
    }

    @Test
    void headingWithoutTitleOrBodyHasEmptyText() {
        OsRepo.Loaded r = spec(OsRepo.SPEC + "\n###   \n");
        Finding f = r.only("auth", OpenSpecRules.REQUIREMENT_TEXT_EMPTY);
        assertThat(f.message()).isEqualTo("Requirement text cannot be empty");
        assertThat(f.line()).isEqualTo(15);
        assertThat(new OsRepo(tmp.resolve("ok")).spec().load().rules("auth"))
                .doesNotContain(OpenSpecRules.REQUIREMENT_TEXT_EMPTY);
    }

    @Test
    void requirementWithoutScenarioIsAnErrorAndAWarning() {
        OsRepo.Loaded r = spec(OsRepo.SPEC.replaceAll("#### Scenario: Valid credentials\n(- .*\n)+", ""));
        assertThat(r.only("auth", OpenSpecRules.REQUIREMENT_NO_SCENARIO).message())
                .isEqualTo("Requirement must have at least one scenario");
        Finding w = r.only("auth", OpenSpecRules.SCENARIO_FORMAT);
        assertThat(w.severity()).isEqualTo(Severity.WARNING);
        assertThat(w.message()).isEqualTo("Requirement must have at least one scenario. Scenarios must use level-4 "
                + "headers. Convert bullet lists into:\n#### Scenario: Short name\n- **WHEN** ...\n- **THEN** ...\n"
                + "- **AND** ...");
        assertThat(w.line()).isEqualTo(8);
        assertThat(r.item("spec", "auth").valid()).isFalse();
    }

    @Test
    void structureIssuesCarryTheirLines() {
        String text = OsRepo.SPEC + "\n### Requirement: Login\nThe system SHALL log in again.\n\n"
                + "#### Scenario: Again\n- **WHEN** x\n\n## ADDED Requirements\n\n### Requirement: Logout\n"
                + "The system SHALL log out.\n";
        OsRepo.Loaded r = spec(text);
        Finding dup = r.only("auth", OpenSpecRules.DUPLICATE_REQUIREMENT);
        assertThat(dup.line()).isEqualTo(15);
        assertThat(dup.message()).isEqualTo("Requirement header \"### Requirement: Login\" duplicates the requirement "
                + "declared on line 8. Requirement names must be unique so spec updates cannot discard one block "
                + "while updating another.");
        Finding delta = r.only("auth", OpenSpecRules.MAIN_DELTA_HEADER);
        assertThat(delta.line()).isEqualTo(21);
        assertThat(delta.message()).startsWith("Main spec contains delta header \"## ADDED Requirements\". Delta "
                + "headers are only valid inside openspec/changes/<name>/specs/<capability-path>/spec.md");
        Finding outside = r.only("auth", OpenSpecRules.REQUIREMENT_OUTSIDE);
        assertThat(outside.line()).isEqualTo(23);
        assertThat(outside.message()).startsWith("Requirement header \"### Requirement: Logout\" appears outside the "
                + "main ## Requirements section.");
    }

    @Test
    void placeholderPurposeWinsOverBrevity() {
        OsRepo.Loaded r = spec(OsRepo.SPEC.replace(OsRepo.PURPOSE, "TBD"));
        Finding f = r.only("auth", OpenSpecRules.PURPOSE_PLACEHOLDER);
        assertThat(f.line()).isEqualTo(4);
        assertThat(f.message()).startsWith("Purpose section is still a placeholder rather than a Purpose anyone "
                + "wrote");
        assertThat(r.rules("auth")).doesNotContain(OpenSpecRules.PURPOSE_TOO_BRIEF);
        OpenSpecVerdict v = r.item("spec", "auth");
        assertThat(v.valid()).isTrue();
        assertThat(v.validStrict()).isFalse();
    }

    @Test
    void briefPurposeCountsUtf16Units() {
        OsRepo.Loaded brief = spec(OsRepo.SPEC.replace(OsRepo.PURPOSE, "Sign-in."));
        assertThat(brief.only("auth", OpenSpecRules.PURPOSE_TOO_BRIEF).message())
                .isEqualTo("Purpose section is too brief (less than 50 characters)");
        String rockets = "\uD83D\uDE80".repeat(25);
        OsRepo.Loaded ok = new OsRepo(tmp.resolve("ok")).file(AUTH, OsRepo.SPEC.replace(OsRepo.PURPOSE, rockets))
                .load();
        assertThat(ok.rules("auth")).isEmpty();
    }

    @Test
    void longRequirementIsInfoOnly() {
        OsRepo.Loaded r = spec(OsRepo.SPEC.replace("on valid credentials.",
                "x".repeat(480) + " on valid credentials."));
        Finding f = r.only("auth", OpenSpecRules.REQUIREMENT_TOO_LONG);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message())
                .isEqualTo("Requirement text is very long (>500 characters). Consider breaking it down.");
        assertThat(r.item("spec", "auth").validStrict()).isTrue();
    }

    @Test
    void emptyBodyMustContainShallOrMust() {
        OsRepo.Loaded r = spec(OsRepo.SPEC.replace("The system SHALL issue a session on valid credentials.\n", ""));
        Finding f = r.only("auth", OpenSpecRules.REQUIREMENT_BODY_MISSING);
        assertThat(f.message()).isEqualTo("Requirement \"Login\" must contain SHALL or MUST");
        assertThat(f.line()).isEqualTo(8);
        OsRepo.Loaded header = new OsRepo(tmp.resolve("h")).file(AUTH, OsRepo.SPEC
                .replace("Requirement: Login", "Requirement: Users MUST log in")
                .replace("The system SHALL issue a session on valid credentials.\n", "")).load();
        assertThat(header.only("auth", OpenSpecRules.REQUIREMENT_BODY_MISSING).message())
                .isEqualTo("Requirement \"Users MUST log in\" must contain SHALL or MUST in the requirement body, not "
                        + "only in the header. Move the SHALL/MUST statement to the line immediately after the "
                        + "\"### Requirement: ...\" header.");
    }

    @Test
    void bodyWithoutKeywordIsAWarning() {
        OsRepo.Loaded r = spec(OsRepo.SPEC.replace("The system SHALL issue", "The system shall issue"));
        Finding f = r.only("auth", OpenSpecRules.REQUIREMENT_NO_SHALL);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.message()).isEqualTo("Requirement \"Login\" should contain SHALL or MUST (RFC 2119 best practice "
                + "for English specs)");
        OpenSpecVerdict v = r.item("spec", "auth");
        assertThat(v.valid()).isTrue();
        assertThat(v.validStrict()).isFalse();
        OsRepo.Loaded word = new OsRepo(tmp.resolve("w")).file(AUTH, OsRepo.SPEC.replace("SHALL issue", "MUSTN'T fail;"
                + " it SHALL_NOT")).load();
        assertThat(word.only("auth", OpenSpecRules.REQUIREMENT_NO_SHALL)).isNotNull();
    }

    @Test
    void unreadableSpecIsAnError() throws Exception {
        OsRepo repo = new OsRepo(tmp).spec();
        Path file = repo.repo().resolve(AUTH);
        assumeTrue(Files.getFileStore(file).supportsFileAttributeView("posix"), "POSIX permissions needed");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(file), "running as a user who can read any file");
            OsRepo.Loaded r = repo.load();
            assertThat(r.only("auth", OpenSpecRules.SPEC_UNREADABLE).message()).isEqualTo("Could not read " + AUTH);
            assertThat(r.item("spec", "auth").valid()).isFalse();
        } finally {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
