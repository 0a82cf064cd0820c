package io.specgraph.graph.gate.openspec;

import io.specgraph.graph.gate.OpenSpecVerdict;
import io.specgraph.model.Finding;
import io.specgraph.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Which nodes are OpenSpec items, their ids, and verdicts that no policy can change. */
class OpenSpecItemsTest {

    @TempDir
    Path tmp;

    @Test
    void capabilitiesAndActiveChangesAreItemsArchivedChangesAreNot() {
        OsRepo.Loaded r = new OsRepo(tmp).spec()
                .file("openspec/specs/payments/checkout/spec.md", OsRepo.SPEC)
                .change(OsRepo.DELTA)
                .file("openspec/changes/archive/2025-01-15-add-login/proposal.md", OsRepo.PROPOSAL)
                .file("docs/adr/0001-use-openspec.md", "# 1. Use OpenSpec\n\n## Status\n\nAccepted\n").load();
        assertThat(r.report().openspec()).extracting(v -> v.type() + "/" + v.id())
                .containsExactlyInAnyOrder("spec/auth", "spec/payments/checkout", "change/add-2fa");
        assertThat(r.findings("2025-01-15-add-login")).isEmpty();
        assertThat(r.item("spec", "payments/checkout").node()).isEqualTo("r/payments/checkout");
    }

    @Test
    void policyChangesFindingsButNeverVerdicts() {
        String weak = OsRepo.SPEC.replace("The system SHALL issue", "The system issues");
        OsRepo.Loaded plain = new OsRepo(tmp.resolve("a")).file("openspec/specs/auth/spec.md", weak).load();
        OsRepo.Loaded tuned = new OsRepo(tmp.resolve("b")).file("openspec/specs/auth/spec.md", weak)
                .file(".specify/memory/gates.yaml", "rules:\n  OS14: info\n").load();
        OsRepo.Loaded off = new OsRepo(tmp.resolve("c")).file("openspec/specs/auth/spec.md", weak)
                .file(".specify/memory/gates.yaml", "rules:\n  OS14: off\n").load();
        assertThat(plain.only("auth", OpenSpecRules.REQUIREMENT_NO_SHALL).severity()).isEqualTo(Severity.WARNING);
        assertThat(tuned.only("auth", OpenSpecRules.REQUIREMENT_NO_SHALL).severity()).isEqualTo(Severity.INFO);
        assertThat(off.findings("auth")).extracting(Finding::rule).doesNotContain(OpenSpecRules.REQUIREMENT_NO_SHALL);
        for (OsRepo.Loaded r : new OsRepo.Loaded[] {plain, tuned, off}) {
            OpenSpecVerdict v = r.item("spec", "auth");
            assertThat(v.valid()).isTrue();
            assertThat(v.validStrict()).isFalse();
        }
        assertThat(tuned.report().findings()).extracting(Finding::message)
                .noneMatch(m -> m.contains("which Specgraph does not have"));
    }
}
