package io.specgraph.graph.gate.rules;

import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Keys;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.Severity;

import java.util.List;

/** DV3: a component spec's {@code domain}, when set, is the domain of the repo it lives in. */
public final class DV3OwnDomain extends AbstractRule {

    public DV3OwnDomain() {
        super("DV3", Gate.DOMAIN_VALIDITY, Severity.ERROR, COMPONENT, "the spec's domain is its repo's domain");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        MetaValue v = node.meta().get(Keys.DOMAIN).orElse(null);
        String repoDomain = ctx.repo(node.repo()).map(RepoInfo::domain).orElse(null);
        if (v == null || v.isBlank() || repoDomain == null || v.value().strip().equalsIgnoreCase(repoDomain)) {
            return;
        }
        out.add(at(node, v, "domain " + v.value() + " is not the domain of repo " + node.repo() + " (" + repoDomain
                        + "): a component owns only its own domain",
                "set domain: " + repoDomain + ", or move the work to the repo that owns " + v.value()));
    }
}
