/** The spec-kit format rules (SK1–SK6, gates.md §4). */
package io.specgraph.graph.gate.speckit;
