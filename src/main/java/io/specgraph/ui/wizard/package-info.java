/**
 * Wizards that create documents: the "New document" dialog (kind, repo, title, parent; the id and file proposed live
 * from the repo's conventions; Create writes the filled template and opens it) and its view-model.
 */
package io.specgraph.ui.wizard;
