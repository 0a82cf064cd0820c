package io.specgraph.engine.view.trace;

import io.specgraph.model.LifecycleState;

import java.util.List;

/**
 * Fan-out progress of a platform spec or an initiative.
 *
 * @param planned        fan-out tasks planned (seed 001 §1.7)
 * @param created        component specs written (implementing the platform spec, or listed as its children)
 * @param approved       of those, Approved
 * @param implementing   of those, Implementing
 * @param done           of those, Done
 * @param blocked        of those, Blocked
 * @param paused         of those, Paused
 * @param targets        fan-out targets: (platform spec, repo) pairs some task names
 * @param targetsCovered of those, the ones with at least one component spec in that repo
 */
public record Progress(int planned, int created, int approved, int implementing, int done, int blocked, int paused,
                       int targets, int targetsCovered) {

    public static final Progress NONE = new Progress(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Progress {
        if (planned < 0 || created < 0 || approved < 0 || implementing < 0 || done < 0 || blocked < 0 || paused < 0
                || targets < 0 || targetsCovered < 0 || targetsCovered > targets) {
            throw new IllegalArgumentException("bad progress counts");
        }
    }

    /** The progress of {@code specs} with {@code planned} tasks over {@code targets} targets. */
    public static Progress of(List<SpecEntry> specs, int planned, int targets, int targetsCovered) {
        int a = 0;
        int i = 0;
        int d = 0;
        int b = 0;
        int p = 0;
        for (SpecEntry s : specs) {
            LifecycleState st = s.state();
            if (st == LifecycleState.APPROVED) {
                a++;
            } else if (st == LifecycleState.IMPLEMENTING) {
                i++;
            } else if (st == LifecycleState.DONE) {
                d++;
            } else if (st == LifecycleState.BLOCKED) {
                b++;
            } else if (st == LifecycleState.PAUSED) {
                p++;
            }
        }
        return new Progress(planned, specs.size(), a, i, d, b, p, targets, targetsCovered);
    }

    /** The sum of two progresses (an initiative sums its platform specs). */
    public Progress plus(Progress o) {
        return new Progress(planned + o.planned, created + o.created, approved + o.approved,
                implementing + o.implementing, done + o.done, blocked + o.blocked, paused + o.paused,
                targets + o.targets, targetsCovered + o.targetsCovered);
    }

    /**
     * The share of the way to Done, 0..1: each component spec counts Approved ⅓, Implementing ⅔, Done 1, any other
     * state 0; divided by the larger of specs written and tasks planned (a planned spec not yet written counts 0).
     * Sums keep their own numerators and denominators, so an initiative weighs its platform specs by size.
     */
    public double fraction() {
        int denominator = 3 * weight();
        return denominator == 0 ? 0 : (approved + 2.0 * implementing + 3.0 * done) / denominator;
    }

    /** How many specs the fraction is over: the larger of specs written and tasks planned. */
    public int weight() {
        return Math.max(created, planned);
    }

    /** {@code 15 specs · 3 Approved · 3 Implementing · 0 Done}. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(created).append(created == 1 ? " spec" : " specs");
        sb.append(" · ").append(approved).append(" Approved · ").append(implementing).append(" Implementing · ")
                .append(done).append(" Done");
        if (blocked > 0) {
            sb.append(" · ").append(blocked).append(" Blocked");
        }
        if (paused > 0) {
            sb.append(" · ").append(paused).append(" Paused");
        }
        return sb.toString();
    }

    /** {@code 7 tasks → 3/3 repos} (empty when nothing is planned). */
    public String fanOutSummary() {
        if (planned == 0 && targets == 0) {
            return "";
        }
        return planned + (planned == 1 ? " task" : " tasks") + " → " + targetsCovered + "/" + targets
                + (targets == 1 ? " repo" : " repos");
    }
}
