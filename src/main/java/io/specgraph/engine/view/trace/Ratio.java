package io.specgraph.engine.view.trace;

/**
 * A share: {@code count} of {@code total}.
 *
 * @param count how many qualify
 * @param total how many there are
 */
public record Ratio(int count, int total) {

    public Ratio {
        if (count < 0 || total < 0 || count > total) {
            throw new IllegalArgumentException("bad ratio " + count + "/" + total);
        }
    }

    /** 0..100, or NaN when there is nothing to count. */
    public double percent() {
        return total == 0 ? Double.NaN : 100.0 * count / total;
    }

    /** {@code 80 % (4/5)}, or {@code n/a (0/0)}. */
    public String text() {
        if (total == 0) {
            return "n/a (0/0)";
        }
        return Math.round(percent()) + " % (" + count + "/" + total + ")";
    }

    @Override
    public String toString() {
        return text();
    }
}
