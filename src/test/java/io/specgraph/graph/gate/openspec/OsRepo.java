package io.specgraph.graph.gate.openspec;

import io.specgraph.graph.gate.GateReport;
import io.specgraph.graph.gate.OpenSpecVerdict;
import io.specgraph.model.Finding;
import io.specgraph.testkit.TestRepos;

import java.nio.file.Path;
import java.util.List;

/** A small OpenSpec repo ({@code r}) written into a temp dir, loaded, and its OpenSpec items and findings. */
final class OsRepo {

    static final String PURPOSE = "Authentication and session management for every user of the product.";

    /** A valid main spec: a Purpose and one requirement with a scenario. */
    static final String SPEC = """
            # auth Specification

            ## Purpose
            Authentication and session management for every user of the product.

            ## Requirements

            ### Requirement: Login
            The system SHALL issue a session on valid credentials.

            #### Scenario: Valid credentials
            - **WHEN** a user signs in with valid credentials
            - **THEN** a session is issued
            """;

    /** A valid delta spec adding one requirement. */
    static final String DELTA = """
            ## ADDED Requirements

            ### Requirement: Two-factor sign-in
            The system SHALL ask for a second factor.

            #### Scenario: Code accepted
            - **WHEN** the user enters a valid code
            - **THEN** the session is issued
            """;

    static final String PROPOSAL = "# Change: add 2fa\n\n## Why\nAccounts are taken over.\n\n## What Changes\n- 2fa\n";

    private final TestRepos repos;

    OsRepo(Path tmp) {
        this.repos = new TestRepos(tmp);
    }

    /** Writes {@code text} at {@code path} in repo {@code r}. */
    OsRepo file(String path, String text) {
        repos.file("r/" + path, text);
        return this;
    }

    /** The valid main spec {@code auth}. */
    OsRepo spec() {
        return file("openspec/specs/auth/spec.md", SPEC);
    }

    /** Change {@code add-2fa} with a proposal and the given delta for {@code auth}. */
    OsRepo change(String delta) {
        file("openspec/changes/add-2fa/proposal.md", PROPOSAL);
        return file("openspec/changes/add-2fa/specs/auth/spec.md", delta);
    }

    Path repo() {
        return repos.repo("r");
    }

    Loaded load() {
        return new Loaded(repos.load().gates());
    }

    /** What Specgraph reported. */
    record Loaded(GateReport report) {

        OpenSpecVerdict item(String type, String id) {
            return report.openspec().stream().filter(v -> v.type().equals(type) && v.id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("no OpenSpec item " + type + "/" + id + " in "
                            + report.openspec()));
        }

        /** The OS findings of node {@code id} (repo {@code r}). */
        List<Finding> findings(String id) {
            return report.findings().stream().filter(f -> f.rule().startsWith("OS") && id.equals(f.node())).toList();
        }

        List<String> rules(String id) {
            return findings(id).stream().map(Finding::rule).toList();
        }

        Finding only(String id, String rule) {
            List<Finding> hits = findings(id).stream().filter(f -> f.rule().equals(rule)).toList();
            if (hits.size() != 1) {
                throw new AssertionError("expected one " + rule + " on " + id + ", got " + findings(id));
            }
            return hits.get(0);
        }
    }
}
