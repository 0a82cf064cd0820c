/**
 * What every view shares: the background seam ({@link io.specgraph.ui.common.TaskRunner}), the current workspace
 * snapshot ({@link io.specgraph.ui.common.WorkspaceModel}), navigation between views
 * ({@link io.specgraph.ui.common.Navigator}), kind icons and colours, style-class names.
 */
package io.specgraph.ui.common;
