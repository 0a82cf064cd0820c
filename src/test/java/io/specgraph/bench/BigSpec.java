package io.specgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A component repo holding one long spec in the MCP-aware template (metadata, the ten sourced sections, each with
 * many requirement sub-sections, lists, tables and code blocks), for the keystroke benchmark. Written once.
 */
final class BigSpec {

    static final String PATH = "specs/SPEC-BIG-1-checkout-overhaul.md";

    private static final List<String> SECTIONS = List.of("Problem Statement", "Goals / Non-Goals", "User Experience",
            "Domain Understanding", "Cross-Domain Interactions", "Contracts", "Component Responsibilities",
            "Technical Approach", "NFRs", "Observability");

    private BigSpec() {
    }

    /** Writes the repo (component description and the spec of about {@code lines} lines) unless it exists. */
    static Path writeRepo(Path repo, int lines) throws IOException {
        Path spec = repo.resolve(PATH);
        if (Files.exists(spec)) {
            return repo;
        }
        Files.createDirectories(spec.getParent());
        Files.createDirectories(repo.resolve("context"));
        Files.writeString(repo.resolve("context/component.yaml"), "component: comp-big\ndomain: domain-1\n");
        Files.writeString(spec, text(lines), StandardCharsets.UTF_8);
        return repo;
    }

    static String text(int lines) {
        StringBuilder sb = new StringBuilder();
        sb.append("# SPEC-BIG-1: Checkout overhaul\n\n## Metadata\n- ID: SPEC-BIG-1\n- Kind: component-spec\n")
                .append("- Version: v1\n- Status: Draft\n- Implements: PLAT-1 v1\n- Context Pack: cp-main v2\n")
                .append("- Contracts Referenced: CONTRACT-1 v1, CONTRACT-2 v1\n- Blocked By: []\n")
                .append("- Affects: domain-1, api:orders\n\n");
        int perSection = Math.max(1, (lines - 20 + SECTIONS.size() * 19 - 1) / (SECTIONS.size() * 19));
        for (String section : SECTIONS) {
            sb.append("## ").append(section).append("\nSource: Platform MCP v3\n\n");
            sb.append("Paragraph 2 about ").append(section.toLowerCase()).append(" sets the scene for the work.\n\n");
            for (int r = 1; r <= perSection; r++) {
                sb.append("### ").append(section).append(" requirement ").append(r).append("\n\n")
                        .append("The service MUST handle case ").append(r).append(" of ").append(section.toLowerCase())
                        .append(" without losing the guest's cart, and SHOULD say why when it cannot.\n")
                        .append("It keeps the order, the payment and the shipment consistent across retries.\n\n")
                        .append("- Given a cart with ").append(r).append(" items, When the guest pays, Then an order")
                        .append(" is created\n- Given a failure, When the provider times out, Then the guest sees a")
                        .append(" retry\n- Logs, metrics and traces carry the order id\n\n")
                        .append("| Field | Type | Note |\n|---|---|---|\n| orderId | string | stable |\n")
                        .append("| total | number | minor units |\n\n")
                        .append("```json\n{\"orderId\": \"o-").append(r).append("\", \"total\": 1200}\n```\n\n");
            }
        }
        sb.append("No PII is stored beyond the guest token. p95 latency < 250 ms; throughput 200 rps.\n\n")
                .append("## Acceptance Criteria\n- Given a cart, When the guest pays, Then an order is created\n")
                .append("- Given a failure, When the provider times out, Then the user sees a retry\n");
        return sb.toString();
    }
}
