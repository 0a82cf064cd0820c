package io.specgraph.engine.view.workflow;

/**
 * The route a production fix takes (seed 001 §1.13): decided first, it says which documents the fix needs. The
 * values are what a hotfix spec's {@code Route} field holds.
 */
public enum HotfixRoute {
    /** The bug is inside one component: a hotfix spec in its repo, then a follow-up spec that hardens the fix. */
    COMPONENT_ONLY("component-only", "Component-only: a hotfix spec and a follow-up spec in the component repo"),
    /** The fix changes a contract: the contract change goes first (platform repo), then the hotfix. */
    CONTRACT_CHANGE("contract-change", "Contract change: the contract's change first (a new version of the contract "
            + "spec, and the Integration MCP updated), then the hotfix spec and its follow-up"),
    /** The fix breaks a platform policy: a policy exception ADR in the platform repo, Proposed, blocks the hotfix. */
    POLICY_EXCEPTION("policy-exception", "Policy exception: a policy exception ADR in the platform repo (Proposed) "
            + "that the hotfix is blocked by, then the hotfix spec and its follow-up");

    private final String value;
    private final String description;

    HotfixRoute(String value, String description) {
        this.value = value;
        this.description = description;
    }

    /** As a hotfix spec's {@code Route} field writes it. */
    public String value() {
        return value;
    }

    /** What the route means and creates, for the user. */
    public String description() {
        return description;
    }

    /**
     * The route for the answers: a policy exception when the fix breaks a constitution or policy rule (it needs an
     * ADR whatever else it does), else a contract change when it changes a contract, else component-only.
     */
    public static HotfixRoute of(boolean changesContract, boolean breaksPolicy) {
        if (breaksPolicy) {
            return POLICY_EXCEPTION;
        }
        return changesContract ? CONTRACT_CHANGE : COMPONENT_ONLY;
    }
}
