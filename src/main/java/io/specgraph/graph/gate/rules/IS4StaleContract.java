package io.specgraph.graph.gate.rules;

import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Keys;
import io.specgraph.model.Node;
import io.specgraph.model.Ref;
import io.specgraph.model.Severity;
import io.specgraph.model.Version;

import java.util.List;

/** IS4: a spec references an older version of a contract than the newest one (a stale reference). */
public final class IS4StaleContract extends AbstractRule {

    public IS4StaleContract() {
        super("IS4", Gate.INTEGRATION_SAFETY, Severity.WARNING, COMPONENT,
                "referenced contract versions are the newest");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        for (Ref ref : ctx.refs(node, Keys.CONTRACTS_REFERENCED)) {
            ContractRef c = ContractRef.of(ctx, node, ref);
            Version newest = RuleContext.newest(c.versions());
            if (ref.version() != null && newest != null && ref.version().compareTo(newest) < 0) {
                out.add(finding(node, ref.path(), ref.line(), ref.column(), "references " + c.id() + " " + ref.version()
                        + ", but " + c.id() + " " + newest + " exists", "move to " + c.id() + " " + newest
                        + " (see specgraph impact " + c.id() + ") or record why the old version stays"));
            }
        }
    }
}
