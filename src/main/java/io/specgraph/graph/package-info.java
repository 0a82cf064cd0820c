/**
 * The spec graph: building it from read nodes (identity, duplicate ids, kind refinement), resolving references
 * across repos with versions, lifecycle states and transitions, the graph rules (LG1–LG4, LC1), drift against
 * {@code spec-graph.json}, and impact. Depends on {@code model} only; the {@code gate} sub-package holds one class
 * per gate rule.
 */
package io.specgraph.graph;
