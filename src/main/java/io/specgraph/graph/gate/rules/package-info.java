/** The rules of the five gates and the lifecycle: one small class per rule id (docs/rules.md). */
package io.specgraph.graph.gate.rules;
