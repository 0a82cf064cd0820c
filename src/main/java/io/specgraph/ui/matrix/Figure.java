package io.specgraph.ui.matrix;

import java.util.Objects;

/**
 * One figure under the matrix.
 *
 * @param label what is measured
 * @param value the value ({@code 80 % (4/5)})
 * @param help  how it is computed, for the tooltip
 */
public record Figure(String label, String value, String help) {

    public Figure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        help = help == null ? "" : help;
    }
}
