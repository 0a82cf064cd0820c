/**
 * The vocabulary of Specgraph: immutable records and enums for nodes, edges, references, metadata values,
 * findings and source locations. Depends on the JDK only; every other package speaks in these types.
 */
package io.specgraph.model;
