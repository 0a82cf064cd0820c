package io.specgraph.engine.view.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Time from platform spec to first component spec, in days, over the platform specs where both dates are written
 * ({@code created} or {@code date} metadata on the platform spec and on at least one of its component specs).
 *
 * @param days one value per platform spec that has both dates
 */
public record LeadTime(List<Long> days) {

    public LeadTime {
        days = List.copyOf(days);
    }

    /** The median in days, or -1 when no platform spec has both dates. */
    public double medianDays() {
        if (days.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(days);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** {@code median 12 days over 3 platform specs}, or a sentence saying it cannot be computed. */
    public String text() {
        if (days.isEmpty()) {
            return "cannot be computed: no platform spec with a created/date and a dated component spec";
        }
        double m = medianDays();
        String median = m == Math.rint(m) ? String.valueOf((long) m) : String.valueOf(m);
        return "median " + median + " days over " + days.size()
                + (days.size() == 1 ? " platform spec" : " platform specs");
    }
}
