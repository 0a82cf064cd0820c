/**
 * The ADR log reader's parts: finding ADR folders ({@link io.specgraph.parse.adr.AdrFolders}), numbering and
 * naming ADR files ({@link io.specgraph.parse.adr.AdrFileNames}, {@link io.specgraph.parse.adr.AdrCatalog}),
 * reading status, supersede links and titles ({@link io.specgraph.parse.adr.AdrStatus},
 * {@link io.specgraph.parse.adr.AdrLinks}, {@link io.specgraph.parse.adr.AdrTitles}), and one ADR file as a node
 * ({@link io.specgraph.parse.adr.AdrFile}). {@link io.specgraph.parse.AdrReader} ties them to the reader framework.
 */
package io.specgraph.parse.adr;
