/** End-to-end tests of the packaged jar, run by failsafe after {@code package}. */
package io.specgraph.e2e;
