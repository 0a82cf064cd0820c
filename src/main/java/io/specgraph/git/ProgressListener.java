package io.specgraph.git;

/**
 * Progress of a long git operation, and the way to cancel it. The GUI binds it to a background task (progress bar,
 * cancel button); the command line prints it. Called on the thread doing the work: implementations hand over
 * immutable values only.
 */
public interface ProgressListener {

    /** Does nothing and never cancels. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void task(String title, int totalWork) {
        }

        @Override
        public void worked(int units) {
        }
    };

    /** A new phase ({@code Receiving objects}, {@code Resolving deltas}, …); {@code totalWork} 0 when unknown. */
    void task(String title, int totalWork);

    /** {@code units} more of the current phase are done. */
    void worked(int units);

    /** True once the user asked to stop; the operation then ends with {@link Fault#CANCELLED} and cleans up. */
    default boolean isCancelled() {
        return false;
    }
}
