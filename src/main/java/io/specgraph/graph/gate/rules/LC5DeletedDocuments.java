package io.specgraph.graph.gate.rules;

import io.specgraph.graph.gate.History;
import io.specgraph.graph.gate.RepoRule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Finding;
import io.specgraph.model.Severity;

import java.util.List;

/** LC5: a spec or ADR file deleted in git history (specs are never deleted, only versioned or Paused). */
public final class LC5DeletedDocuments implements RepoRule {

    @Override
    public String id() {
        return "LC5";
    }

    @Override
    public void check(String repo, RuleContext ctx, List<Finding> out) {
        for (History.Deleted d : ctx.history().deletedDocuments(repo)) {
            out.add(Finding.atFile(id(), Severity.WARNING, repo, d.path(), 0, 0, d.path() + " was deleted in commit "
                            + shortId(d.commit()) + (d.lastStatus() == null ? "" : " (last status: " + d.lastStatus() + ")")
                            + "; specs are never deleted, only versioned or Paused",
                    "restore it from git and set its status to Paused, or supersede it with a new version"));
        }
    }

    private static String shortId(String commit) {
        return commit.length() > 10 ? commit.substring(0, 10) : commit;
    }
}
