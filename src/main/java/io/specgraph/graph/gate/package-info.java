/**
 * The gates (gates.md): one small class per rule, each a pure check of one node against the graph that returns
 * findings; {@link io.specgraph.graph.gate.Gates} runs them, applies the policy, and gives every gated node a
 * verdict per gate (pass, fail, n/a). The same rules run in the CLI, the editor and on graph nodes.
 */
package io.specgraph.graph.gate;
