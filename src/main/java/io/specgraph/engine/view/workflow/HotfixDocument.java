package io.specgraph.engine.view.workflow;

import io.specgraph.engine.view.templates.NewDocument;
import io.specgraph.model.Node;

import java.util.Objects;

/**
 * One document a hotfix route creates.
 *
 * @param role     what it is for
 * @param proposal its repo, template kind, id and file
 * @param title    its title
 * @param version  for a contract change, the new version ({@code v3}); else ""
 */
public record HotfixDocument(Role role, NewDocument.Proposal proposal, String title, String version) {

    /** The documents of seed 001 §1.13. */
    public enum Role {
        /** The minimal hotfix spec: issue, impact, fix, rollback, validation, follow-up link. */
        HOTFIX("Hotfix spec"),
        /** The follow-up spec that hardens the fix: full tests, refactoring. */
        FOLLOW_UP("Follow-up spec"),
        /** The contract's change: its next version, or a new contract. */
        CONTRACT_CHANGE("Contract change spec"),
        /** The ADR for the policy exception, Proposed. */
        POLICY_ADR("Policy exception ADR");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public HotfixDocument {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(proposal, "proposal");
        title = title == null ? "" : title;
        version = version == null ? "" : version;
    }

    /** The node id it reads as: a versioned contract's carries its version ({@code CONTRACT-10@v3}). */
    public String nodeId() {
        return version.isEmpty() ? proposal.id() : proposal.id() + "@" + version;
    }

    /** Its node key. */
    public String nodeKey() {
        return Node.key(proposal.repo(), nodeId());
    }

    /** How another document names it: {@code ADR-105}, {@code CONTRACT-10 v3}, repo-qualified from another repo. */
    public String reference(String fromRepo) {
        String ref = version.isEmpty() ? proposal.id() : proposal.id() + " " + version;
        return proposal.repo().equals(fromRepo) ? ref : proposal.repo() + ":" + ref;
    }
}
