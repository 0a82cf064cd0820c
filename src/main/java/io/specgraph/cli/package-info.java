/**
 * The command line (contract: {@code docs/cli.md}): thin picocli commands over the engine, and the output
 * writers (text, JSON, DOT, GraphML, spec-graph.json). The only package that writes to standard output.
 */
package io.specgraph.cli;
