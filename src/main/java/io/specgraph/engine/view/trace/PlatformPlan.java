package io.specgraph.engine.view.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One platform spec and its fan-out: component specs grouped by repo, the tasks that plan them, the progress.
 *
 * @param spec       the platform spec
 * @param initiative the key of the initiative it is part of, or null
 * @param repos      per repo (sorted by name): its component specs and the tasks naming it
 * @param progress   the fan-out progress
 */
public record PlatformPlan(SpecEntry spec, String initiative, List<RepoGroup> repos, Progress progress) {

    public PlatformPlan {
        Objects.requireNonNull(spec, "spec");
        repos = List.copyOf(repos);
        Objects.requireNonNull(progress, "progress");
    }

    /** Every component spec, repo by repo. */
    public List<SpecEntry> componentSpecs() {
        List<SpecEntry> all = new ArrayList<>();
        repos.forEach(g -> all.addAll(g.specs()));
        return all;
    }

    /** The group of {@code repo}, or null. */
    public RepoGroup repo(String repo) {
        return repos.stream().filter(g -> g.repo().equals(repo)).findFirst().orElse(null);
    }
}
