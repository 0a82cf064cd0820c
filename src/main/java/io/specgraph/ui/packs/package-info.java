/**
 * Context pack dialogs: build the next version of a pack (preview, what changed against the previous version,
 * Create) and rebase a Paused spec onto a new version before it resumes.
 */
package io.specgraph.ui.packs;
