package io.specgraph.engine.view;

import io.specgraph.model.Gate;

import java.util.List;

/**
 * What a node's badge shows: its findings by severity and the gates that fail for it.
 *
 * @param errors       error findings about the node
 * @param warnings     warning findings about the node
 * @param failingGates gates whose verdict is fail, in gate order
 */
public record Health(int errors, int warnings, List<Gate> failingGates) {

    public static final Health CLEAN = new Health(0, 0, List.of());

    public Health {
        failingGates = List.copyOf(failingGates);
    }

    /** The badge level: fail (a gate fails or an error), warn, or ok. */
    public Level level() {
        if (!failingGates.isEmpty() || errors > 0) {
            return Level.FAIL;
        }
        return warnings > 0 ? Level.WARN : Level.OK;
    }

    /** Badge levels, worst last. */
    public enum Level { OK, WARN, FAIL }
}
