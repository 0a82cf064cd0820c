/**
 * Toolkit-free logic of the document editor: a buffer's text and its exact bytes (BOM and line endings kept), the
 * gate panel's rows for one document, markdown highlighting runs, status changes checked against the lifecycle and
 * the gates, autosaved drafts in the recovery folder, and what to do when a file changes on disk while open.
 */
package io.specgraph.engine.view.edit;
