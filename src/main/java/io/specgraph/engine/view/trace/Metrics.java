package io.specgraph.engine.view.trace;

import io.specgraph.engine.Workspace;
import io.specgraph.graph.SpecGraph;
import io.specgraph.model.Edge;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Keys;
import io.specgraph.model.ListValues;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Coverage figures and the seed 001 §1.15 success metrics that the files allow computing. Definitions are in
 * {@code docs/gui-initiatives-matrix.md}; what files cannot tell is listed in {@link #NOT_COMPUTABLE}.
 *
 * @param platformSpecsWithComponentSpec platform specs with at least one component spec
 * @param fanOutTargetsCovered           fan-out targets (platform spec × repo named by a task) with a component spec
 * @param componentSpecsDeclared         component specs declaring both {@code implements} and {@code context_pack}
 * @param featuresWithPlatformSpec       component specs whose {@code implements} resolves to a platform spec that
 *                                       is not dated after them
 * @param impactfulChangesWithAdr        impactful specs (see {@link #isImpactful}) governed or blocked by an ADR
 * @param timeToFirstComponentSpec       days from platform spec to its first component spec, where dates exist
 * @param hotfixes                       hotfix specs in the workspace (a count; frequency needs a time window)
 */
public record Metrics(Ratio platformSpecsWithComponentSpec, Ratio fanOutTargetsCovered, Ratio componentSpecsDeclared,
                      Ratio featuresWithPlatformSpec, Ratio impactfulChangesWithAdr, LeadTime timeToFirstComponentSpec,
                      int hotfixes) {

    /** Success metrics of seed 001 §1.15 that no file holds. */
    public static final List<String> NOT_COMPUTABLE = List.of(
            "Contract break incidents in production: production incidents are not in the repos",
            "Hotfix frequency: needs a time window and incident dates; only the number of hotfix specs is known",
            "Rework rate: needs re-opened work and code churn, which spec files do not record");

    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");

    public static Metrics of(Workspace ws) {
        return of(Trace.of(ws));
    }

    public static Metrics of(Trace trace) {
        SpecGraph g = trace.workspace().graph();
        List<PlatformPlan> plans = trace.plans();
        int withSpecs = (int) plans.stream().filter(p -> p.progress().created() > 0).count();
        int targets = plans.stream().mapToInt(p -> p.progress().targets()).sum();
        int covered = plans.stream().mapToInt(p -> p.progress().targetsCovered()).sum();
        int components = 0;
        int declared = 0;
        int withPlatform = 0;
        int impactful = 0;
        int withAdr = 0;
        int hotfixes = 0;
        for (Node n : g.nodes()) {
            if (n.kind() == NodeKind.HOTFIX) {
                hotfixes++;
            }
            if (n.kind() == NodeKind.COMPONENT_SPEC) {
                components++;
                declared += declares(n) ? 1 : 0;
                withPlatform += platformSpecFirst(g, n) ? 1 : 0;
            }
            if (n.kind().isGatedSpec() && isImpactful(n)) {
                impactful++;
                withAdr += hasAdr(g, n) ? 1 : 0;
            }
        }
        return new Metrics(new Ratio(withSpecs, plans.size()), new Ratio(covered, targets),
                new Ratio(declared, components), new Ratio(withPlatform, components), new Ratio(withAdr, impactful),
                leadTime(g, plans), hotfixes);
    }

    private static boolean declares(Node n) {
        String pack = n.meta().value(Keys.CONTEXT_PACK);
        return !n.meta().items(Keys.IMPLEMENTS).isEmpty() && pack != null && !pack.isBlank()
                && !ListValues.isEmptyMarker(pack);
    }

    /** Implements resolves to a platform spec, and no date says the component spec came first. */
    private static boolean platformSpecFirst(SpecGraph g, Node n) {
        LocalDate own = date(n);
        for (Edge e : g.outgoing(n.key(), EdgeKind.IMPLEMENTS)) {
            Node p = g.node(e.to()).orElse(null);
            if (p != null && p.kind() == NodeKind.PLATFORM_SPEC) {
                LocalDate pd = date(p);
                if (own == null || pd == null || !own.isBefore(pd)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A spec is an impactful change when it declares contract version bumps ({@code contract_specs}), or its
     * {@code affects} names an API or event ({@code api:…}, {@code event:…}) or two or more domains.
     */
    static boolean isImpactful(Node n) {
        if (!n.meta().items(Keys.CONTRACT_SPECS).isEmpty()) {
            return true;
        }
        int domains = 0;
        for (String a : n.meta().items(Keys.AFFECTS)) {
            String s = a.strip().toLowerCase(Locale.ROOT);
            if (s.startsWith("api:") || s.startsWith("event:")) {
                return true;
            }
            domains++;
        }
        return domains >= 2;
    }

    private static boolean hasAdr(SpecGraph g, Node n) {
        for (Edge e : g.outgoing(n.key())) {
            if ((e.kind() == EdgeKind.GOVERNED_BY || e.kind() == EdgeKind.BLOCKED_BY)
                    && g.node(e.to()).map(t -> t.kind() == NodeKind.ADR).orElse(false)) {
                return true;
            }
        }
        return false;
    }

    private static LeadTime leadTime(SpecGraph g, List<PlatformPlan> plans) {
        List<Long> days = new ArrayList<>();
        for (PlatformPlan p : plans) {
            LocalDate start = g.node(p.spec().key()).map(Metrics::date).orElse(null);
            if (start == null) {
                continue;
            }
            LocalDate first = null;
            for (SpecEntry s : p.componentSpecs()) {
                LocalDate d = g.node(s.key()).map(Metrics::date).orElse(null);
                if (d != null && (first == null || d.isBefore(first))) {
                    first = d;
                }
            }
            if (first != null) {
                days.add(ChronoUnit.DAYS.between(start, first));
            }
        }
        return new LeadTime(days);
    }

    /** The first ISO date in the node's {@code created}, else {@code date} metadata. */
    static LocalDate date(Node n) {
        for (String key : List.of("created", Keys.DATE)) {
            String v = n.meta().value(key);
            Matcher m = v == null ? null : DATE.matcher(v);
            if (m != null && m.find()) {
                try {
                    return LocalDate.parse(m.group(1));
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
