package io.specgraph.template;

import io.specgraph.model.SourcedSections;
import io.specgraph.model.Heading;
import io.specgraph.model.NodeKind;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which sections the rules require (docs/rules.md): acceptance criteria (RI3), observability (NF1) and NFRs
 * (NF2, NF3) of the gated specs; a compatibility plan for a breaking contract (IS3); a delta section and scenarios
 * in an OpenSpec delta spec (OS19, OS29); the status of an adr-tools ADR (ADR1); and the policy's
 * {@code required_sections} (RS1). Other sections are as the template marks them.
 */
final class SectionRules {

    /** The sections CC5 asks a {@code Source:} line of, in a spec with a {@code ## Metadata} section. */
    static final Set<String> SOURCED = SourcedSections.NAMES;
    private static final Set<String> DELTAS = Set.of("added requirements", "modified requirements",
            "removed requirements", "renamed requirements");

    /** How much a section is asked for, and by which rule. */
    record Verdict(Necessity necessity, String rule) {
    }

    private SectionRules() {
    }

    static Verdict of(TemplateKind template, NodeKind kind, Heading h, String guidance, FormContext ctx) {
        String name = h.normalized();
        List<String> policy = kind == null ? List.of() : ctx.requiredSections().getOrDefault(kind, List.of());
        if (policy.stream().anyMatch(s -> s.strip().toLowerCase(Locale.ROOT).equals(name))) {
            return new Verdict(Necessity.REQUIRED, "RS1");
        }
        if (kind != null && kind.isGatedSpec()) {
            if (h.mentions("acceptance")) {
                return new Verdict(Necessity.REQUIRED, "RI3");
            }
            if (name.equals("observability")) {
                return new Verdict(Necessity.REQUIRED, "NF1");
            }
            if (name.equals("nfrs") || name.equals("nfr") || name.equals("non-functional requirements")) {
                return new Verdict(Necessity.REQUIRED, "NF2, NF3");
            }
        }
        if (kind == NodeKind.CONTRACT && h.mentions("compatibility")) {
            return new Verdict(Necessity.CONDITIONAL, "IS3");
        }
        if (template == TemplateKind.OPENSPEC_DELTA) {
            if (h.level() == 2 && DELTAS.contains(name)) {
                return new Verdict(Necessity.CONDITIONAL, "OS19");
            }
            if (h.level() == 4 && name.startsWith("scenario")) {
                return new Verdict(Necessity.REQUIRED, "OS29");
            }
        }
        if (template == TemplateKind.ADR_NYGARD && h.level() == 2 && name.equals("status")) {
            return new Verdict(Necessity.REQUIRED, "ADR1");
        }
        String raw = h.text().toLowerCase(Locale.ROOT);
        if (raw.contains("(optional)") || raw.contains("(include if") || guidance.toLowerCase(Locale.ROOT)
                .startsWith("optional")) {
            return new Verdict(Necessity.OPTIONAL, "");
        }
        return new Verdict(Necessity.EXPECTED, "");
    }

    /** True when a section named {@code h} must name its source (CC5). */
    static boolean sourced(NodeKind kind, boolean hasMetadataSection, Heading h) {
        return kind != null && kind.isGatedSpec() && hasMetadataSection && h.level() >= 2
                && SOURCED.contains(h.normalized());
    }
}
