package io.specgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a large, realistic workspace for benchmarks: one platform repo (constitution, domains, initiatives,
 * platform spec folders with plan and fan-out tasks, contracts, ADRs, context packs) and component repos (specs in
 * the MCP-aware template, local ADRs, owned contracts), cross-linked. Deterministic for a given seed.
 */
public final class SyntheticWorkspace {

    private final Path root;
    private final Random random;
    private int files;

    public SyntheticWorkspace(Path root, long seed) {
        this.root = root;
        this.random = new Random(seed);
    }

    /** Writes about {@code documents} files across {@code repos} repos; returns the repo folders. */
    public List<Path> generate(int repos, int documents) throws IOException {
        int components = repos - 1;
        int platformSpecs = Math.max(2, documents / 100);
        int adrs = Math.max(2, documents / 100);
        int contracts = Math.max(2, documents / 200);
        int initiatives = Math.max(1, documents / 500);
        List<Path> out = new ArrayList<>();
        Path platform = root.resolve("platform");
        out.add(platform);
        write(platform, "constitution/constitution.md", constitution());
        for (int d = 0; d < 10; d++) {
            write(platform, "domains/domain-" + d + ".md", "---\nid: domain-" + d + "\n---\n# Domain " + d
                    + "\n\nInvariants of domain " + d + ".\n");
        }
        for (int p = 1; p <= 3; p++) {
            write(platform, "context/cp-main-v" + p + ".md", "---\nid: cp-main\nversion: v" + p
                    + "\nsources:\n  - Platform MCP v" + (p + 1) + "\n  - Domain MCP v2\n---\n# Context pack v" + p + "\n");
        }
        for (int i = 1; i <= initiatives; i++) {
            write(platform, "initiatives/ECO-" + i + "-initiative.md", "---\nid: ECO-" + i + "\nstatus: Approved\n---\n# ECO-"
                    + i + " Initiative\n\n## Goal\n\nGrow conversion by " + i + "%.\n");
        }
        for (int c = 1; c <= contracts; c++) {
            write(platform, "contracts/CONTRACT-" + c + "-events.md", "---\nid: CONTRACT-" + c + "\nversion: v"
                    + (1 + c % 3) + "\nconsumers: [comp-1, comp-2]\nbreaking: no\n---\n# Contract " + c
                    + "\n\n## Schema\n\n```json\n{\"orderId\": \"string\"}\n```\n");
        }
        for (int a = 1; a <= adrs; a++) {
            write(platform, String.format("adr/%04d-decision-%d.md", a, a), adr(a));
        }
        int perComponent = Math.max(1, (documents - files - platformSpecs * 3) / Math.max(1, components));
        for (int s = 1; s <= platformSpecs; s++) {
            String dir = "platform-specs/PLAT-" + s + "-feature/";
            List<String> children = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                int comp = 1 + (s * 3 + k) % Math.max(1, components);
                children.add("SPEC-C" + comp + "-" + (1 + s % Math.max(1, perComponent - 20)));
            }
            write(platform, dir + "spec.md", seedSpec("PLAT-" + s, null, children, s));
            write(platform, dir + "plan.md", "# Implementation Plan: PLAT-" + s + "\n\n**Branch**: `" + s
                    + "-feature` | **Date**: 2026-01-01 | **Spec**: [spec](spec.md)\n\n## Summary\n\nRoll out.\n");
            write(platform, dir + "tasks.md", tasks(s, components));
        }
        for (int c = 1; c <= components; c++) {
            Path repo = root.resolve("comp-" + c);
            out.add(repo);
            write(repo, "context/component.yaml", "component: comp-" + c + "\ndomain: domain-" + (c % 10) + "\n");
            int specs = perComponent - 12;
            for (int s = 1; s <= specs; s++) {
                int plat = 1 + random.nextInt(platformSpecs);
                write(repo, "specs/SPEC-C" + c + "-" + s + ".md", seedSpec("SPEC-C" + c + "-" + s, "PLAT-" + plat + " v1",
                        List.of(), s));
            }
            for (int a = 1; a <= 10; a++) {
                write(repo, String.format("adr/%04d-local-%d.md", a, a), adr(a));
            }
            write(repo, "contracts/CONTRACT-C" + c + ".md", "---\nid: CONTRACT-C" + c + "\nversion: v1\nconsumers: [comp-"
                    + c + "]\n---\n# Owned contract\n");
        }
        Path last = out.get(out.size() - 1);
        for (int extra = 1; files < documents; extra++) {
            write(last, "specs/SPEC-EXTRA-" + extra + ".md", seedSpec("SPEC-EXTRA-" + extra, "PLAT-1 v1", List.of(), extra));
        }
        return out;
    }

    public int files() {
        return files;
    }

    private String seedSpec(String id, String implementsRef, List<String> children, int n) {
        StringBuilder sb = new StringBuilder();
        sb.append("# ").append(id).append(": Feature ").append(n).append("\n\n## Metadata\n- ID: ").append(id).append('\n');
        if (implementsRef != null) {
            sb.append("- Implements: ").append(implementsRef).append('\n');
        } else {
            sb.append("- Version: v1\n- Initiative: ECO-1\n- Children: ").append(String.join(", ", children)).append('\n');
        }
        sb.append("- Context Pack: cp-main v").append(1 + random.nextInt(3)).append('\n')
                .append("- Contracts Referenced: CONTRACT-").append(1 + random.nextInt(5)).append(" v1\n")
                .append("- Status: ").append(List.of("Draft", "Approved", "Implementing", "Done").get(n % 4)).append('\n')
                .append("- Blocked By: ").append(n % 7 == 0 ? "ADR-" + (1 + n % 9) : "[]").append('\n')
                .append("- Affects: domain-").append(n % 10).append(", api:orders\n\n");
        for (String section : List.of("Problem Statement", "Goals / Non-Goals", "User Experience", "Domain Understanding",
                "Contracts", "Technical Approach", "NFRs", "Observability")) {
            sb.append("## ").append(section).append("\nSource: Platform MCP v3\n\n");
            for (int p = 0; p < 3; p++) {
                sb.append("Paragraph ").append(p).append(" about ").append(section.toLowerCase())
                        .append(" for feature ").append(n).append(", with enough words to look like a real spec line.\n");
            }
            sb.append('\n');
        }
        sb.append("Logs, metrics and traces are emitted. No PII is stored. p95 latency < 250 ms; throughput 200 rps.\n\n")
                .append("## Acceptance Criteria\n- Given a cart, When the guest pays, Then an order is created\n")
                .append("- Given a failure, When the provider times out, Then the user sees a retry\n");
        return sb.toString();
    }

    private String adr(int n) {
        String status = List.of("Accepted", "Proposed", "Superseded by [1. First](0001-decision-1.md)", "Rejected").get(n % 4);
        return "# " + n + ". Decision " + n + "\n\nDate: 2026-01-0" + (1 + n % 9) + "\n\n## Status\n\n" + status
                + "\n\n## Context\n\nWe need to decide " + n + ".\n\n## Decision\n\nWe will do " + n
                + ".\n\n## Consequences\n\nSome.\n";
    }

    private String tasks(int s, int components) {
        StringBuilder sb = new StringBuilder("# Tasks: PLAT-" + s + "\n\n## Phase 1: Fan-out\n\n");
        for (int t = 1; t <= 3; t++) {
            sb.append(String.format("- [ ] T%03d Implement in comp-%d%n", t, 1 + (s + t) % Math.max(1, components)))
                    .append("  - component_repo: comp-").append(1 + (s + t) % Math.max(1, components)).append('\n')
                    .append("  - platform_spec_id: PLAT-").append(s).append(" v1\n")
                    .append("  - context_pack_version: cp-main v2\n  - contract_change: no\n  - blocked_by: []\n");
        }
        return sb.toString();
    }

    private static String constitution() {
        return "# Platform Constitution\n\n## Core Principles\n\n### I. Observability\nEvery service logs, "
                + "measures and traces.\n\n**Version**: 2.1.0 | **Ratified**: 2026-01-01 | **Last Amended**: 2026-02-01\n";
    }

    private void write(Path repo, String rel, String text) throws IOException {
        Path p = repo.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        files++;
    }
}
