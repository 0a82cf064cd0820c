package io.specgraph.testkit;

/**
 * A minimal two-tier workspace whose specs pass every gate: what each gate asks for, in the smallest form. Tests
 * start from it and break one thing at a time.
 */
public final class GoldenRepos {

    private GoldenRepos() {
    }

    public static final String CONSTITUTION = "# Platform Constitution\n\n## Principles\n\n"
            + "Every service logs, measures and traces its work. PII is encrypted at rest.\n\n"
            + "**Version**: 1.0.0 | **Ratified**: 2026-01-01\n";

    public static final String PACK = "---\nid: cp-main\nversion: v1\nsources: [Platform MCP v3, Domain MCP v2]\n---\n"
            + "# Context pack cp-main v1\n";

    /** A spec body that passes the NFR and ready-to-implement gates. */
    public static final String BODY = "## Problem Statement\nSource: Platform MCP v3\n\nGuests cannot check out.\n\n"
            + "## NFRs\nSource: Platform MCP v3\n\n- p95 latency < 250 ms\n- Throughput: 50 orders per second\n"
            + "- PII: the guest e-mail is personal data and is encrypted at rest\n\n"
            + "## Observability\nSource: Platform MCP v3\n\n- Logs, metrics and traces for every order.\n\n"
            + "## Acceptance Criteria\n\n- Given a cart, when the guest pays, then an order is created.\n";

    public static String platformSpec(String id, String children) {
        return "# " + id + " Guest checkout\n\n## Metadata\n- ID: " + id + "\n- Version: v1\n- Status: Draft\n"
                + "- Context Pack: cp-main v1\n- Children: " + children + "\n- Blocked By: []\n\n" + BODY;
    }

    public static String componentSpec(String id, String implementsRef) {
        return "# " + id + " Guest cart\n\n## Metadata\n- ID: " + id + "\n- Implements: " + implementsRef + "\n"
                + "- Context Pack: cp-main v1\n- Status: Draft\n- Blocked By: []\n\n" + BODY;
    }

    /** platform (constitution, pack, PLAT-1) and cart (component.yaml, SPEC-CART-1 implementing PLAT-1 v1). */
    public static TestRepos write(TestRepos repos) {
        return repos
                .file("platform/constitution/constitution.md", CONSTITUTION)
                .file("platform/context/cp-main-v1.md", PACK)
                .file("platform/platform-specs/PLAT-1.md", platformSpec("PLAT-1", "SPEC-CART-1"))
                .file("cart/context/component.yaml", "component: cart\ndomain: cart\n")
                .file("cart/specs/SPEC-CART-1.md", componentSpec("SPEC-CART-1", "PLAT-1 v1"));
    }
}
