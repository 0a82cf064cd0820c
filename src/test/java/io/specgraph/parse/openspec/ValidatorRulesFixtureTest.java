package io.specgraph.parse.openspec;

import io.specgraph.model.OpenSpecBlock;
import io.specgraph.model.OpenSpecChange;
import io.specgraph.model.OpenSpecDelta;
import io.specgraph.model.OpenSpecEntry;
import io.specgraph.model.OpenSpecRename;
import io.specgraph.model.OpenSpecSpec;
import io.specgraph.model.OpenSpecStructureIssue;
import io.specgraph.model.OpenSpecStructureIssue.Kind;
import io.specgraph.model.OpenSpecTask;
import io.specgraph.model.OpenSpecTaskFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code validator-rules} fixture holds one spec or change per OpenSpec validation rule (named after it). These
 * tests pin the parsed facts each rule reads; the lines and names were checked against {@code openspec validate
 * --all --json} of {@code @fission-ai/openspec} 1.13.2.
 */
class ValidatorRulesFixtureTest {

    private static final Fixtures.Read READ = Fixtures.read("validator-rules");

    private static OpenSpecSpec spec(String id) {
        return READ.node(id).parts().get(OpenSpecSpec.class).get(0);
    }

    private static OpenSpecDelta delta(String id) {
        return READ.node(id).parts().get(OpenSpecDelta.class).get(0);
    }

    private static OpenSpecChange change(String id) {
        return READ.node(id).parts().get(OpenSpecChange.class).get(0);
    }

    private static OpenSpecTaskFile tasks(String id) {
        return READ.node(id).parts().get(OpenSpecTaskFile.class).get(0);
    }

    @Test
    void readsEveryRuleFixtureWithoutReadProblems() {
        assertThat(READ.nodes()).hasSize(17 + 36 + 1);
        assertThat(READ.findings()).extracting(f -> f.rule()).containsOnly("RD7");
    }

    @Test
    void specSectionRules() {
        assertThat(spec("spec-missing-purpose").purposeFound()).isFalse();
        assertThat(spec("spec-missing-purpose").parseFails()).isTrue();
        assertThat(spec("spec-empty-purpose").purposeFound()).isTrue();
        assertThat(spec("spec-empty-purpose").purpose()).isEmpty();
        assertThat(spec("spec-missing-requirements").requirementsFound()).isFalse();
        assertThat(spec("spec-no-requirements").requirements()).isEmpty();
        assertThat(spec("spec-requirement-no-scenario").requirements().get(0).scenarios()).isEmpty();
        assertThat(spec("spec-empty-scenario").requirements().get(0).scenarios()).isEmpty();
        assertThat(spec("spec-non-requirement-heading").requirements()).extracting(r -> r.title())
                .containsExactly("Overview", "Requirement: PDF attachment");
        assertThat(spec("spec-purpose-too-brief").purpose()).isEqualTo("Invoices.");
        assertThat(spec("spec-purpose-placeholder").placeholder()).isTrue();
        assertThat(spec("spec-purpose-placeholder").placeholderLine()).isEqualTo(4);
        assertThat(spec("spec-requirement-too-long").requirements().get(0).text().length()).isGreaterThan(500);
    }

    @Test
    void specStructureRules() {
        assertThat(spec("spec-delta-header").structureIssues()).containsExactly(
                new OpenSpecStructureIssue(Kind.DELTA_HEADER, 14, "## ADDED Requirements", 0),
                new OpenSpecStructureIssue(Kind.REQUIREMENT_OUTSIDE, 15, "### Requirement: Invoice reminders", 0));
        assertThat(spec("spec-requirement-outside-section").structureIssues())
                .extracting(OpenSpecStructureIssue::line).containsExactly(6, 18);
        assertThat(spec("spec-duplicate-requirement").structureIssues()).containsExactly(
                new OpenSpecStructureIssue(Kind.DUPLICATE_REQUIREMENT, 14, "### Requirement: PDF attachment ###", 7));
        assertThat(spec("accounts").structureIssues()).isEmpty();
    }

    @Test
    void specShallMustRulesReadTheBlocks() {
        assertThat(spec("spec-no-shall-must").blocks().get(0).body()).startsWith("Invoices are attached");
        assertThat(spec("spec-empty-requirement-body").blocks().get(0).hasBody()).isFalse();
        OpenSpecSpec header = spec("spec-shall-only-in-header");
        assertThat(header.blocks()).extracting(OpenSpecBlock::name)
                .containsExactly("The system SHALL attach invoices as PDF", "The system MUST number invoices");
        assertThat(header.blocks().get(0).hasBody()).isFalse();
        assertThat(header.blocks().get(1).body()).isEqualTo("Numbers are sequential per year.");
        assertThat(header.requirements().get(0).text())
                .isEqualTo("Requirement: The system SHALL attach invoices as PDF");
    }

    @Test
    void changeEntryRules() {
        assertThat(delta("change-duplicate-added").added()).extracting(OpenSpecBlock::name)
                .containsExactly("Two-factor sign-in", "Two-factor sign-in");
        assertThat(delta("change-duplicate-modified").modified()).hasSize(2);
        assertThat(delta("change-duplicate-removed").removed()).extracting(OpenSpecEntry::name)
                .containsExactly("Profile photo", "Profile photo");
        assertThat(delta("change-duplicate-removed").removedBlocks()).hasSize(1);
        assertThat(delta("change-duplicate-renamed").renamed()).containsExactly(
                new OpenSpecRename("Sign up", "Registration", 2, 3),
                new OpenSpecRename("Sign up", "Account registration", 4, 5),
                new OpenSpecRename("Delete account", "Registration", 6, 7));
        assertThat(delta("change-added-missing-text").added().get(0).hasBody()).isFalse();
        assertThat(delta("change-added-no-shall").added().get(0).body()).startsWith("Users can see");
        assertThat(delta("change-added-no-scenario").added().get(0).scenarioCount()).isZero();
        OpenSpecBlock empty = delta("change-empty-scenario").added().get(0);
        assertThat(empty.scenarioCount()).isZero();
        assertThat(empty.emptyScenarioCount()).isEqualTo(1);
        assertThat(delta("change-modified-drops-scenario").modified().get(0).scenarioNames())
                .containsExactly("New e-mail", "Passkey");
        assertThat(spec("accounts").blocks().get(0).scenarioNames()).containsExactly("New e-mail", "E-mail taken");
        assertThat(delta("change-renamed-and-removed").removed()).extracting(OpenSpecEntry::name)
                .containsExactly("delete  account");
    }

    @Test
    void changeStructureRules() {
        assertThat(delta("change-skipped-header").skippedHeaders()).containsExactly(
                new OpenSpecEntry("Documentation Requirements", "ADDED Requirements", 9),
                new OpenSpecEntry("Requirement:", "ADDED Requirements", 12));
        assertThat(delta("change-unpaired-rename").unpairedRenames()).containsExactly(
                new OpenSpecEntry("Delete account", "FROM", 2), new OpenSpecEntry("Picture", "TO", 5));
        assertThat(delta("change-unpaired-rename").renamed())
                .containsExactly(new OpenSpecRename("Profile photo", "Avatar", 3, 4));
        assertThat(delta("change-orphan-requirement").orphanedRequirements())
                .containsExactly(new OpenSpecEntry("Passkey sign-up", "Notes", 10));
        OpenSpecDelta empty = delta("change-empty-delta-sections");
        assertThat(empty.deltaSections()).extracting(OpenSpecEntry::section).containsExactly("ADDED", "REMOVED");
        assertThat(empty.entryCount()).isZero();
        assertThat(delta("change-no-delta-sections").hasDeltaSections()).isFalse();
        assertThat(delta("change-root-spec").file()).isEqualTo(OpenSpecDelta.DeltaFile.ROOT_SPEC);
        assertThat(change("change-root-spec").rootSpec()).isTrue();
        assertThat(change("change-root-spec").modifies()).isEmpty();
        assertThat(delta("change-flat-delta-file").file()).isEqualTo(OpenSpecDelta.DeltaFile.OTHER_MARKDOWN);
        assertThat(delta("change-flat-delta-file").capability()).isEqualTo("accounts");
        assertThat(change("team-identity").nested()).containsExactly("team-identity/passkeys");
        assertThat(READ.node("change-no-deltas").parts().get(OpenSpecDelta.class)).isEmpty();
    }

    @Test
    void skipSpecsMarkerRules() {
        assertThat(change("change-skip-specs").meta().skipSpecsMarker().declared()).isTrue();
        assertThat(change("change-skip-specs-with-spec-files").specsHasFiles()).isTrue();
        assertThat(change("change-skip-specs-with-spec-files").meta().skipSpecsMarker().declared()).isTrue();
        OpenSpecChange invalid = change("change-skip-specs-invalid-metadata");
        assertThat(invalid.meta().valid()).isFalse();
        assertThat(invalid.meta().skipSpecsMarker().declared()).isFalse();
        assertThat(invalid.meta().skipSpecsMarker().invalidReason())
                .isEqualTo("skip_specs: Invalid input: expected boolean, received string");
        assertThat(invalid.schemaFound()).isFalse();
        assertThat(change("change-valid").meta().skipSpecsMarker().declared()).isFalse();
    }

    @Test
    void taskRules() {
        OpenSpecTask wrong = tasks("change-task-wrong-group").tasks().get(1);
        assertThat(wrong.line()).isEqualTo(3);
        assertThat(wrong.taskId()).isEqualTo("2.1");
        assertThat(wrong.group()).isEqualTo("1");
        assertThat(tasks("change-task-duplicate-id").tasks()).extracting(OpenSpecTask::taskId)
                .containsExactly("1.1", "1.2", "1.2");
        OpenSpecTaskFile none = tasks("change-tasks-without-checkbox");
        assertThat(none.total()).isZero();
        assertThat(none.firstListItemLine()).isEqualTo(2);
        OpenSpecTaskFile archived = tasks("2025-04-01-archived-open-tasks");
        assertThat(archived.total() - archived.completed()).isEqualTo(1);
    }
}
