package io.specgraph.engine.view.trace;

import java.util.List;

/**
 * One initiative as the dashboard shows it: its platform specs with their fan-out, other work linked to it directly
 * (an OpenSpec change with {@code initiative}), and the summed progress.
 *
 * @param initiative    the initiative, or null for the group of platform specs that name no initiative
 * @param platformSpecs its platform specs, by id
 * @param linked        other nodes part of it directly (not platform specs), by id
 * @param progress      the sum of its platform specs' progress
 */
public record Initiative(SpecEntry initiative, List<PlatformPlan> platformSpecs, List<SpecEntry> linked,
                         Progress progress) {

    /** The label of the group without initiative. */
    public static final String NO_INITIATIVE = "No initiative";

    public Initiative {
        platformSpecs = List.copyOf(platformSpecs);
        linked = List.copyOf(linked);
        progress = progress == null ? Progress.NONE : progress;
    }

    /** The initiative's key, or null for the group without initiative. */
    public String key() {
        return initiative == null ? null : initiative.key();
    }

    /** {@code ECO-124 Guest Checkout}, or {@link #NO_INITIATIVE}. */
    public String label() {
        if (initiative == null) {
            return NO_INITIATIVE;
        }
        return initiative.title().contains(initiative.id()) ? initiative.title()
                : initiative.id() + " " + initiative.title();
    }

    /** Fan-out targets planned but without a component spec, over all its platform specs. */
    public int missingTargets() {
        return progress.targets() - progress.targetsCovered();
    }
}
