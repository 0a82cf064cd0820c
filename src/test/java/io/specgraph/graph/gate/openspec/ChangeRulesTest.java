package io.specgraph.graph.gate.openspec;

import io.specgraph.graph.gate.OpenSpecVerdict;
import io.specgraph.model.Finding;
import io.specgraph.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Change-level rules OS16–OS21 and the skip_specs marker OS33–OS35, each failing and passing. */
class ChangeRulesTest {

    private static final String CHANGE = "openspec/changes/add-2fa/";

    @TempDir
    Path tmp;

    private OsRepo repo() {
        return new OsRepo(tmp).spec();
    }

    @Test
    void validChangeHasNoIssue() {
        OsRepo.Loaded r = repo().change(OsRepo.DELTA).load();
        assertThat(r.findings("add-2fa")).isEmpty();
        OpenSpecVerdict v = r.item("change", "add-2fa");
        assertThat(v.valid()).isTrue();
        assertThat(v.validStrict()).isTrue();
    }

    @Test
    void folderWrappingChangesIsNotAChange() {
        OsRepo.Loaded r = repo().file("openspec/changes/mobile/refresh-token/proposal.md", OsRepo.PROPOSAL)
                .file("openspec/changes/mobile/refresh-token/specs/auth/spec.md", OsRepo.DELTA).load();
        Finding f = r.only("mobile", OpenSpecRules.NESTED_CHANGE);
        assertThat(r.findings("mobile")).hasSize(1);
        assertThat(f.path()).isEqualTo("openspec/changes/mobile");
        assertThat(f.message()).isEqualTo("\"mobile\" is not a change: it is a folder wrapping "
                + "openspec/changes/mobile/refresh-token/. A change must be a directory directly under "
                + "openspec/changes/, so those nested directories are invisible to OpenSpec while the folder around "
                + "them is reported as a change. Nested paths are supported under openspec/specs/ only. Rename each "
                + "nested change to a flat name (for example \"mobile-refresh-token\").");
        assertThat(r.item("change", "mobile").validStrict()).isFalse();
    }

    @Test
    void deltaAtTheSpecsRootIsAnError() {
        OsRepo.Loaded r = repo().change(OsRepo.DELTA).file(CHANGE + "specs/spec.md", OsRepo.DELTA).load();
        Finding f = r.only("add-2fa", OpenSpecRules.ROOT_DELTA_SPEC);
        assertThat(f.path()).isEqualTo(CHANGE + "specs/spec.md");
        assertThat(f.message()).startsWith("Delta spec found at specs/spec.md. Delta specs must live under a "
                + "capability path");
        assertThat(r.item("change", "add-2fa").valid()).isFalse();
    }

    @Test
    void deltaInAFileOtherThanSpecMdIsAnError() {
        OsRepo.Loaded r = repo().change(OsRepo.DELTA).file(CHANGE + "specs/billing.md", OsRepo.DELTA)
                .file(CHANGE + "specs/auth/notes.md", "# Notes\n\nno delta here\n").load();
        Finding f = r.only("add-2fa", OpenSpecRules.UNREAD_DELTA_FILE);
        assertThat(f.path()).isEqualTo(CHANGE + "specs/billing.md");
        assertThat(f.message()).isEqualTo("Delta spec found at specs/billing.md. Delta specs must be a spec.md inside "
                + "a capability folder — this file is ignored when the change is applied or archived. Move its "
                + "requirements into specs/billing/spec.md.");
    }

    @Test
    void deltaWithoutSectionsAndNoDeltaAtAll() {
        OsRepo.Loaded r = repo().change("# Notes\n\n### Requirement: Floating\nThe system SHALL float.\n").load();
        assertThat(r.only("add-2fa", OpenSpecRules.NO_DELTA_SECTIONS).message()).isEqualTo("No delta sections found. "
                + "Add headers such as \"## ADDED Requirements\" or move non-delta notes outside specs/.");
        Finding none = r.only("add-2fa", OpenSpecRules.NO_DELTAS);
        assertThat(none.path()).isEqualTo("openspec/changes/add-2fa");
        assertThat(none.message()).startsWith("Change must have at least one delta. No deltas found. Ensure your "
                + "change has a specs/ directory");
        assertThat(r.rules("add-2fa")).containsExactly(OpenSpecRules.ORPHANED_REQUIREMENT,
                OpenSpecRules.NO_DELTA_SECTIONS, OpenSpecRules.NO_DELTAS);
    }

    @Test
    void deltaSectionsWithoutEntriesListTheSections() {
        OsRepo.Loaded r = repo().change("## REMOVED Requirements\n\n## added requirements\n\nnothing\n").load();
        assertThat(r.only("add-2fa", OpenSpecRules.EMPTY_DELTA_SECTIONS).message()).isEqualTo("Delta sections "
                + "## ADDED Requirements and ## REMOVED Requirements were found, but no requirement entries parsed. "
                + "Ensure each section includes at least one \"### Requirement:\" block (REMOVED may use bullet list "
                + "syntax).");
        assertThat(r.rules("add-2fa")).contains(OpenSpecRules.NO_DELTAS);
    }

    @Test
    void proposalOnlyChangeHasNoDelta() {
        OsRepo.Loaded r = repo().file(CHANGE + "proposal.md", OsRepo.PROPOSAL).load();
        assertThat(r.rules("add-2fa")).containsExactly(OpenSpecRules.NO_DELTAS);
    }

    @Test
    void honouredSkipSpecsAcceptsZeroDeltas() {
        OsRepo.Loaded r = repo().file(CHANGE + "proposal.md", OsRepo.PROPOSAL)
                .file(CHANGE + ".openspec.yaml", "schema: spec-driven\nskip_specs: true\n").load();
        Finding f = r.only("add-2fa", OpenSpecRules.SKIP_SPECS_ACCEPTED);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message()).isEqualTo("skip_specs is set in .openspec.yaml: change declares no spec-level "
                + "behavior changes, zero deltas accepted");
        assertThat(r.rules("add-2fa")).containsExactly(OpenSpecRules.SKIP_SPECS_ACCEPTED);
        assertThat(r.item("change", "add-2fa").validStrict()).isTrue();
    }

    @Test
    void skipSpecsWithSpecFilesConflicts() {
        OsRepo.Loaded r = repo().change(OsRepo.DELTA)
                .file(CHANGE + ".openspec.yaml", "schema: spec-driven\nskip_specs: true\n").load();
        assertThat(r.only("add-2fa", OpenSpecRules.SKIP_SPECS_CONFLICT).message()).isEqualTo("skip_specs is set in "
                + ".openspec.yaml but spec files exist under specs/. Remove skip_specs or delete the delta spec files");
        assertThat(r.rules("add-2fa")).containsExactly(OpenSpecRules.SKIP_SPECS_CONFLICT);
    }

    @Test
    void skipSpecsInInvalidMetadataIsNotHonoured() {
        OsRepo.Loaded r = repo().file(CHANGE + "proposal.md", OsRepo.PROPOSAL)
                .file(CHANGE + ".openspec.yaml", "schema: spec-driven\nskip_specs: \"yes\"\n").load();
        Finding f = r.only("add-2fa", OpenSpecRules.SKIP_SPECS_INVALID);
        assertThat(f.path()).isEqualTo(CHANGE + ".openspec.yaml");
        assertThat(f.message()).isEqualTo("skip_specs is set but .openspec.yaml is not valid change metadata, so the "
                + "marker is not honored. Fix the metadata (skip_specs: Invalid input: expected boolean, received "
                + "string)");
        assertThat(r.rules("add-2fa")).containsExactly(OpenSpecRules.SKIP_SPECS_INVALID, OpenSpecRules.NO_DELTAS);
        OsRepo.Loaded unset = new OsRepo(tmp.resolve("f")).spec().file(CHANGE + "proposal.md", OsRepo.PROPOSAL)
                .file(CHANGE + ".openspec.yaml", "schema: 7\nskip_specs: false\n").load();
        assertThat(unset.rules("add-2fa")).containsExactly(OpenSpecRules.NO_DELTAS);
    }
}
