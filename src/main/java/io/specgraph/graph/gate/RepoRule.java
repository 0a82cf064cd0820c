package io.specgraph.graph.gate;

import io.specgraph.model.Finding;

import java.util.List;

/** A rule about a repo as a whole (LC5: documents deleted in its history). */
public interface RepoRule {

    String id();

    void check(String repo, RuleContext ctx, List<Finding> out);
}
