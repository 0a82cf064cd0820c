package io.specgraph.graph.gate.openspec;

import java.util.List;

/**
 * {@code diffScenarioNames} and {@code describeScenarioBalance}: which scenario names a MODIFIED block drops or adds
 * compared with the current requirement block, multiplicity-aware, and the sentence both validate and archive
 * append.
 *
 * @param missing       names the current block has and the incoming one does not
 * @param added         names the incoming block has and the current one does not
 * @param currentCount  scenarios of the current block
 * @param incomingCount scenarios of the incoming block
 */
record Scenarios(List<String> missing, List<String> added, int currentCount, int incomingCount) {

    private static final int MAX_LISTED_ADDED = 3;

    Scenarios {
        missing = List.copyOf(missing);
        added = List.copyOf(added);
    }

    static Scenarios diff(List<String> current, List<String> incoming) {
        return new Scenarios(unmatched(current, incoming), unmatched(incoming, current), current.size(),
                incoming.size());
    }

    private static List<String> unmatched(List<String> names, List<String> against) {
        return io.specgraph.model.OpenSpecScenario.unmatched(names, against);
    }

    /** {@code describeScenarioBalance}. */
    String balance() {
        String scale = "The modified block has " + count(incomingCount) + "; the current spec has "
                + count(currentCount) + ".";
        if (added.isEmpty()) {
            return scale + " It adds none.";
        }
        String listed = OsText.quoted(added.subList(0, Math.min(MAX_LISTED_ADDED, added.size())));
        int rest = added.size() - MAX_LISTED_ADDED;
        String names = rest > 0 ? listed + " and " + rest + " more" : listed;
        return scale + " It adds " + count(added.size()) + " not in the current spec: " + names + ".";
    }

    private static String count(int n) {
        return n + (n == 1 ? " scenario" : " scenarios");
    }
}
