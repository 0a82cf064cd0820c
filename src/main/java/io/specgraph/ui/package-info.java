/**
 * The desktop workbench (JavaFX + AtlantaFX), by feature: {@code shell} (main window, tree, palette, settings),
 * {@code graphview} (the only user of GraphStream), {@code queue}, {@code adr}, {@code initiatives}, {@code matrix},
 * {@code common}. A View builds JavaFX nodes and binds them; a ViewModel holds properties and commands and no
 * {@code javafx.scene} nodes, so it is tested without a toolkit. Only immutable snapshots cross threads.
 */
package io.specgraph.ui;
