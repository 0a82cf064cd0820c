/**
 * The main window: menus and shortcuts, the workspace tree, the inspector and gate panel, document tabs, the
 * command palette, the status bar, themes and persisted UI settings. {@link io.specgraph.ui.shell.WorkbenchModel}
 * owns the open workspace (load, reload, file watching) and is tested without a toolkit.
 */
package io.specgraph.ui.shell;
