/**
 * Context packs (the seeds' MCP Router step, gates.md LC4): the next version of a pack assembled from the platform's
 * sources — constitution version, the invariants of the pack's domains, contracts at their current versions,
 * component constraints — with what changed against the previous version, written as a new file; and the rebase of
 * a Paused spec onto a new pack version before it resumes. Toolkit-free.
 */
package io.specgraph.engine.view.packs;
