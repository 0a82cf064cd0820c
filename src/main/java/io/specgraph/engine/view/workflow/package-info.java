/** Toolkit-free document workflows: fan-out, hotfix routing, ADR lifecycle, OpenSpec archive, context packs. */
package io.specgraph.engine.view.workflow;
