/**
 * Mechanical fixes for findings (issue 6, the editor's gate panel): for the rules whose remedy is one small, certain
 * edit — pin the newest context pack, version a contract reference, add a consumer to a contract, add a child to a
 * platform spec, add a section the policy requires from the template — the minimal edit of the file it belongs in.
 * Toolkit-free; the editor shows a Fix button for each.
 */
package io.specgraph.engine.view.fix;
