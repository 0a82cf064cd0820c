/**
 * OpenSpec changes in the workbench: a change's stage and the "Archive change…" action with its confirmation
 * ({@link io.specgraph.engine.view.workflow.OpenSpecArchive}), for the inspector and the palette.
 */
package io.specgraph.ui.openspec;
