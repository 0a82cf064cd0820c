/**
 * The graph view: a GraphStream 2.0 JavaFX viewer (the only GraphStream user in the code base) drawing what
 * {@code io.specgraph.engine.view.graph} selected and laid out, with a toolbar (search, focus depth, filters,
 * group-by, path mode, fit, export), a legend, a hover card and mouse navigation. Positions are always computed
 * off the FX thread; GraphStream's own auto-layout is never used.
 */
package io.specgraph.ui.graphview;
