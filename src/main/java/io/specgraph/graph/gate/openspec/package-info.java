/** The OpenSpec validator, reproducing {@code openspec validate} rule for rule (formats.md §2.8). */
package io.specgraph.graph.gate.openspec;
