package io.specgraph.graph.gate;

import io.specgraph.model.Finding;

import java.util.List;

/**
 * A rule about a repo as a whole (LC5: documents deleted in its history). It must read only what editing a document
 * does not change (the repo, its git history): the live re-check runs repo rules once per load, not after each edit
 * ({@link LiveGates}).
 */
public interface RepoRule {

    String id();

    void check(String repo, RuleContext ctx, List<Finding> out);
}
