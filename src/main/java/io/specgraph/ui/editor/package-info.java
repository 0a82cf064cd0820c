/**
 * The document editor tab: the raw markdown of a node's file in a highlighted code area with line numbers, the live
 * gate panel beside it (re-checked after a pause in typing), the lifecycle-aware status control, atomic saving,
 * autosave to the recovery folder, and the choice when the file changes on disk while edited.
 */
package io.specgraph.ui.editor;
