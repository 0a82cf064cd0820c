package io.specgraph.graph.gate;

import io.specgraph.graph.gate.adr.AdrFormatRules;
import io.specgraph.graph.gate.rules.CC1PackPinned;
import io.specgraph.graph.gate.rules.CC2PackExists;
import io.specgraph.graph.gate.rules.CC3Constitution;
import io.specgraph.graph.gate.rules.CC4ImplementsExists;
import io.specgraph.graph.gate.rules.CC5SourcesCited;
import io.specgraph.graph.gate.rules.DV1DomainsExist;
import io.specgraph.graph.gate.rules.DV2ContractsVersioned;
import io.specgraph.graph.gate.rules.DV3OwnDomain;
import io.specgraph.graph.gate.rules.IS1ContractExists;
import io.specgraph.graph.gate.rules.IS2ConsumerListed;
import io.specgraph.graph.gate.rules.IS3BreakingContract;
import io.specgraph.graph.gate.rules.IS4StaleContract;
import io.specgraph.graph.gate.rules.LC2GateBypassed;
import io.specgraph.graph.gate.rules.LC3BlockedConsistent;
import io.specgraph.graph.gate.rules.LC4RebaseAfterPause;
import io.specgraph.graph.gate.rules.LC5DeletedDocuments;
import io.specgraph.graph.gate.rules.NF1Observability;
import io.specgraph.graph.gate.rules.NF2PiiStated;
import io.specgraph.graph.gate.rules.NF3PerformanceTargets;
import io.specgraph.graph.gate.rules.RI1BlockersDecided;
import io.specgraph.graph.gate.rules.RI2NoClarifications;
import io.specgraph.graph.gate.rules.RI3TestableAcceptance;
import io.specgraph.graph.gate.rules.RS1RequiredSections;
import io.specgraph.graph.gate.openspec.OpenSpecValidator;
import io.specgraph.graph.gate.speckit.SpecKitRules;

import java.util.ArrayList;
import java.util.List;

/** Every rule Specgraph runs by default, in report order. */
public final class StandardRules {

    private StandardRules() {
    }

    public static List<Rule> nodeRules() {
        List<Rule> rules = new ArrayList<>(List.of(
                new CC1PackPinned(), new CC2PackExists(), new CC3Constitution(), new CC4ImplementsExists(),
                new CC5SourcesCited(), new DV1DomainsExist(), new DV2ContractsVersioned(), new DV3OwnDomain(),
                new IS1ContractExists(), new IS2ConsumerListed(), new IS3BreakingContract(), new IS4StaleContract(),
                new NF1Observability(), new NF2PiiStated(), new NF3PerformanceTargets(),
                new RI1BlockersDecided(), new RI2NoClarifications(), new RI3TestableAcceptance(),
                new LC3BlockedConsistent(), new LC4RebaseAfterPause(), new RS1RequiredSections()));
        rules.addAll(SpecKitRules.all());
        rules.addAll(AdrFormatRules.all());
        return rules;
    }

    public static List<VerdictRule> verdictRules() {
        return List.of(new LC2GateBypassed());
    }

    public static List<RepoRule> repoRules() {
        return List.of(new LC5DeletedDocuments());
    }

    public static List<ItemCheck> itemChecks() {
        return List.of(new OpenSpecValidator());
    }
}
