package io.specgraph.template;

import io.specgraph.model.Keys;
import io.specgraph.model.MetaValue;
import io.specgraph.parse.Document;
import io.specgraph.parse.DocumentLoader;
import io.specgraph.parse.MarkdownDoc;
import io.specgraph.template.MetaEditor.Op;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MetaEditorTest {

    private static String edit(String text, String key, Op op, String value) {
        return new String(editDoc(Document.ofText("spec.md", text), key, op, value).after().bytes(),
                StandardCharsets.UTF_8);
    }

    private static Edit editDoc(Document doc, String key, Op op, String value) {
        MetaValue existing = MarkdownDoc.of("r", doc).metadata().get(key).orElse(null);
        return MetaEditor.apply(doc, "r", existing, key, op, value);
    }

    /** Lines that differ between two texts of equal line count, or -1 when the counts differ. */
    private static int changedLines(String a, String b) {
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        if (x.length != y.length) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < x.length; i++) {
            n += x[i].equals(y[i]) ? 0 : 1;
        }
        return n;
    }

    @Test
    void replacesAFrontMatterScalarInPlace() {
        String in = "---\nid: S-1\nstatus: Draft   # keep me\n---\n# T\n";
        String out = edit(in, "status", Op.SET, "Approved");
        assertThat(out).isEqualTo("---\nid: S-1\nstatus: Approved   # keep me\n---\n# T\n");
    }

    @Test
    void keepsTheQuoteStyleOfAFrontMatterValue() {
        assertThat(edit("---\nstatus: \"Draft\"\n---\n", "status", Op.SET, "In Review"))
                .isEqualTo("---\nstatus: \"In Review\"\n---\n");
        assertThat(edit("---\nstatus: 'draft'\n---\n", "status", Op.SET, "Approved"))
                .isEqualTo("---\nstatus: 'Approved'\n---\n");
    }

    @Test
    void quotesANewYamlValueOnlyWhenItMust() {
        assertThat(edit("---\nstatus: Draft\n---\n", "status", Op.SET, "Superseded by ADR-9: see"))
                .isEqualTo("---\nstatus: \"Superseded by ADR-9: see\"\n---\n");
    }

    @Test
    void appendsToAndRemovesFromAFlowList() {
        String in = "---\nblocked_by: [ADR-1, ADR-2]\n---\n";
        assertThat(edit(in, "blocked_by", Op.ADD, "ADR-3")).isEqualTo("---\nblocked_by: [ADR-1, ADR-2, ADR-3]\n---\n");
        assertThat(edit(in, "blocked_by", Op.REMOVE, "ADR-1")).isEqualTo("---\nblocked_by: [ADR-2]\n---\n");
        assertThat(edit("---\nblocked_by: []\n---\n", "blocked_by", Op.ADD, "ADR-3"))
                .isEqualTo("---\nblocked_by: [ADR-3]\n---\n");
    }

    @Test
    void appendsABlockListItemAsOneLineWithTheSameIndent() {
        String in = "---\nblocked_by:\n    - ADR-1\n    - ADR-2\nstatus: Draft\n---\n";
        assertThat(edit(in, "blocked_by", Op.ADD, "ADR-3"))
                .isEqualTo("---\nblocked_by:\n    - ADR-1\n    - ADR-2\n    - ADR-3\nstatus: Draft\n---\n");
        assertThat(edit(in, "blocked_by", Op.REMOVE, "ADR-1"))
                .isEqualTo("---\nblocked_by:\n    - ADR-2\nstatus: Draft\n---\n");
        assertThat(edit(in, "blocked_by", Op.SET, "[]")).isEqualTo("---\nblocked_by: []\nstatus: Draft\n---\n");
    }

    @Test
    void fillsAnEmptyYamlValue() {
        assertThat(edit("---\nblocked_by:\nstatus: Draft\n---\n", "blocked_by", Op.ADD, "ADR-9"))
                .isEqualTo("---\nblocked_by: ADR-9\nstatus: Draft\n---\n");
    }

    @Test
    void editsMetadataSectionBullets() {
        String in = "# S\n\n## Metadata\n- ID: S-1\n- Blocked By: ADR-1\n- Status: Draft\n\n## Problem\n";
        assertThat(edit(in, "status", Op.SET, "Approved")).isEqualTo(in.replace("Status: Draft", "Status: Approved"));
        assertThat(edit(in, "blocked_by", Op.ADD, "ADR-2")).isEqualTo(in.replace("ADR-1", "ADR-1, ADR-2"));
        assertThat(edit(in, "blocked_by", Op.REMOVE, "ADR-1")).isEqualTo(in.replace("By: ADR-1", "By: []"));
    }

    @Test
    void appendsToASubItemListInTheMetadataSection() {
        String in = "## Metadata\n- Blocked By:\n  - ADR-1\n- Status: Draft\n";
        assertThat(edit(in, "blocked_by", Op.ADD, "ADR-2"))
                .isEqualTo("## Metadata\n- Blocked By:\n  - ADR-1\n  - ADR-2\n- Status: Draft\n");
    }

    @Test
    void keepsBackQuotesAndBoldAroundALabelValue() {
        String in = "# F\n\n**Feature Branch**: `001-cart`\n\n**Status**: **Draft**\n\n## User Scenarios\n";
        assertThat(edit(in, "feature branch", Op.SET, "002-cart")).contains("**Feature Branch**: `002-cart`");
        assertThat(edit(in, "status", Op.SET, "Approved")).contains("**Status**: **Approved**");
    }

    @Test
    void editsMadr2Bullets() {
        String in = "# Use X\n\n* Status: proposed <!-- optional -->\n* Date: 2024-01-01\n\n## Context\n";
        assertThat(edit(in, "status", Op.SET, "accepted")).contains("* Status: accepted <!-- optional -->");
    }

    @Test
    void addsAMissingKeyToFrontMatter() {
        String in = "---\nid: S-1\n---\n# T\n";
        assertThat(edit(in, "context_pack", Op.SET, "cp-checkout v2"))
                .isEqualTo("---\nid: S-1\ncontext_pack: cp-checkout v2\n---\n# T\n");
        assertThat(edit(in, "blocked_by", Op.ADD, "ADR-1")).isEqualTo("---\nid: S-1\nblocked_by: [ADR-1]\n---\n# T\n");
    }

    @Test
    void addsAMissingKeyToTheMetadataSection() {
        String in = "# S\n\n## Metadata\n- ID: S-1\n- Status: Draft\n\n## Problem\n";
        assertThat(edit(in, "context_pack", Op.SET, "cp-checkout v2"))
                .isEqualTo("# S\n\n## Metadata\n- ID: S-1\n- Status: Draft\n- Context Pack: cp-checkout v2\n\n## Problem\n");
    }

    @Test
    void addsAMissingLabelInTheSpecKitHeaderStyle() {
        String in = "# Feature Specification: Cart\n\n**Feature Branch**: `001-cart`\n\n**Created**: 2026-01-01\n\n## User\n";
        String out = edit(in, "status", Op.SET, "Draft");
        assertThat(out).isEqualTo("# Feature Specification: Cart\n\n**Feature Branch**: `001-cart`\n\n"
                + "**Created**: 2026-01-01\n\n**Status**: Draft\n## User\n");
        String noHeading = "# F\n\n**A**: 1\n\n**B**: 2\n\nText.\n";
        assertThat(edit(noHeading, "status", Op.SET, "Draft")).isEqualTo("# F\n\n**A**: 1\n\n**B**: 2\n\n**Status**: Draft\n\nText.\n");
    }

    @Test
    void givesADocumentWithoutMetadataFrontMatter() {
        assertThat(edit("# Plain\n\nText.\n", "status", Op.SET, "Draft")).isEqualTo("---\nstatus: Draft\n---\n# Plain\n\nText.\n");
    }

    @Test
    void fillsAnEmptyAdrStatusSection() {
        String in = "# 1. Use X\n\nDate: 2024-01-01\n\n## Status\n\n## Context\n\nWhy.\n";
        assertThat(edit(in, "status", Op.SET, "Proposed"))
                .isEqualTo("# 1. Use X\n\nDate: 2024-01-01\n\n## Status\n\nProposed\n\n## Context\n\nWhy.\n");
    }

    @Test
    void settingTheSameValueChangesNothing() {
        Document doc = Document.ofText("spec.md", "---\nstatus: Draft\n---\n");
        Edit e = editDoc(doc, "status", Op.SET, "Draft");
        assertThat(e.changed()).isFalse();
        assertThat(editDoc(doc, "blocked_by", Op.REMOVE, "ADR-1").changed()).isFalse();
    }

    @Test
    void changesOnlyTheValueBytesInACrlfFileWithBom() {
        String text = "\uFEFF# S  \r\n\r\n## Metadata\r\n- ID: S-1\r\n- Status: Draft \r\n- Blocked By: []\r\n\r\nbody\t \r\n";
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Document doc = DocumentLoader.fromBytes("r", "spec.md", bytes).document();
        Edit e = editDoc(doc, Keys.STATUS, Op.SET, "Approved");
        byte[] out = e.after().bytes();
        String expected = text.replace("Status: Draft ", "Status: Approved ");
        assertThat(out).isEqualTo(expected.getBytes(StandardCharsets.UTF_8));
        Edit add = editDoc(e.after(), Keys.BLOCKED_BY, Op.ADD, "ADR-100");
        String after = new String(add.after().bytes(), StandardCharsets.UTF_8);
        assertThat(after).contains("- Blocked By: ADR-100\r\n").startsWith("\uFEFF");
        assertThat(changedLines(expected, after)).isEqualTo(1);
    }

    @Test
    void everyEditOfASeedSpecChangesExactlyOneLine() {
        String in = "# Spec\n\n## Metadata\n- ID: SPEC-CART-01\n- Implements: PLAT-124 v1\n- Context Pack: cp-checkout v1\n"
                + "- Status: Draft\n- Blocked By: []\n\n## Problem Statement\nSource: Platform MCP v3\n";
        List<String[]> edits = new ArrayList<>(Arrays.asList(
                new String[]{"status", "SET", "Approved"}, new String[]{"context_pack", "SET", "cp-checkout v2"},
                new String[]{"implements", "SET", "PLAT-124 v2"}, new String[]{"blocked_by", "ADD", "ADR-100"},
                new String[]{"outcome", "SET", "shipped 1.4.0"}));
        for (String[] e : edits) {
            String out = edit(in, e[0], Op.valueOf(e[1]), e[2]);
            int changed = changedLines(in, out);
            if (changed < 0) {
                assertThat(out.split("\n", -1).length).as(e[0]).isEqualTo(in.split("\n", -1).length + 1);
            } else {
                assertThat(changed).as(e[0]).isEqualTo(1);
            }
        }
    }

    @Test
    void fillsAnEmptyBulletWithASpaceAfterTheColon() {
        assertThat(edit("## Metadata\n- Status:\n- ID: S\n", "status", Op.SET, "Draft"))
                .isEqualTo("## Metadata\n- Status: Draft\n- ID: S\n");
        assertThat(edit("# T\n\n* Status:\n\n## Context\n", "status", Op.SET, "proposed"))
                .isEqualTo("# T\n\n* Status: proposed\n\n## Context\n");
    }

    @Test
    void appendsInsideAMarkdownFlowList() {
        assertThat(edit("## Metadata\n- Blocked By: [ADR-1, ADR-2]\n", "blocked_by", Op.ADD, "ADR-3"))
                .isEqualTo("## Metadata\n- Blocked By: [ADR-1, ADR-2, ADR-3]\n");
    }

    @Test
    void emptyingABlockListSkipsCommentLinesAboveTheItems() {
        String in = "---\nblocked_by:\n  # waiting on the provider decision\n  - ADR-1\nstatus: Draft\n---\n";
        assertThat(edit(in, "blocked_by", Op.REMOVE, "ADR-1"))
                .isEqualTo("---\nblocked_by: []\nstatus: Draft\n---\n");
    }

    @Test
    void refusesToEditASpanThatNoLongerHoldsTheValueRead() {
        Document doc = Document.ofText("spec.md", "---\nstatus: Draft\n---\n");
        MetaValue stale = MarkdownDoc.of("r", doc).metadata().get("status").orElseThrow();
        Document changed = doc.replace(0, 0, "");
        Document other = Document.ofText("spec.md", "---\nstatus: Drift\n---\n");
        assertThat(MetaEditor.apply(changed, "r", stale, "status", Op.SET, "Approved").changed()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> MetaEditor.apply(other, "r", stale, "status", Op.SET, "Approved"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no longer holds");
    }
}
