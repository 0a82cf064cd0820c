/** The ADR format rules (gates.md §4): supersede links understood and mirrored. */
package io.specgraph.graph.gate.adr;
