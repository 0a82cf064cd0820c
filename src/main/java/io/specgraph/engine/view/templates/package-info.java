/**
 * Templates over a loaded workspace, toolkit-free: the template catalog of a workspace, forms that know the
 * lifecycle states and the gates policy, and new documents (the id and file the repo's conventions propose, and the
 * bytes of a template filled in). The editor and the wizards of the desktop app build on it.
 */
package io.specgraph.engine.view.templates;
