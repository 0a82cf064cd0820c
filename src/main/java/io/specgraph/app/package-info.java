/**
 * The entry point and composition root: {@link io.specgraph.app.Main} sends command-line use to the CLI without
 * touching JavaFX, and (with no arguments) opens the desktop app.
 */
package io.specgraph.app;
