package io.specgraph.app;

import java.lang.management.ManagementFactory;

/** With {@code -Dspecgraph.startup.bench=true}: prints when each start-up step ended (ms since the JVM started). */
final class StartupTrace {

    static final boolean ON = Boolean.getBoolean("specgraph.startup.bench");

    private StartupTrace() {
    }

    static void mark(String step) {
        if (ON) {
            System.err.println("specgraph: " + step + " at " + ManagementFactory.getRuntimeMXBean().getUptime()
                    + " ms");
        }
    }
}
