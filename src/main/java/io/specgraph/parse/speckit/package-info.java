/**
 * The spec-kit layout in detail: where the projects and feature folders of a repo are, the constitution and its
 * version line, a fork's {@code meta.json}, and the structured pieces format rules check (requirement ids, user
 * stories, acceptance scenarios, clarification markers, constitution placeholders, links). Entry point:
 * {@link io.specgraph.parse.SpecKitReader}.
 */
package io.specgraph.parse.speckit;
