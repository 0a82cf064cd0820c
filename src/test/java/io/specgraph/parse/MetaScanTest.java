package io.specgraph.parse;

import io.specgraph.model.Keys;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Metadata;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MetaScanTest {

    private static MarkdownDoc md(String text) {
        return MarkdownDoc.of("r", Document.ofText("spec.md", text));
    }

    @Test
    void readsFrontMatterWithExactValueSpans() {
        MarkdownDoc d = md("---\nid: SPEC-CART-01\nstatus: \"Draft\"\nblocked_by:\n  - ADR-100\n  - ADR-101\nadrs: []\n---\n# T\n");
        Metadata m = d.metadata();
        assertThat(m.value("id")).isEqualTo("SPEC-CART-01");
        MetaValue status = m.get("status").orElseThrow();
        assertThat(status.value()).isEqualTo("Draft");
        assertThat(d.doc().textOf(status.span())).isEqualTo("\"Draft\"");
        assertThat(status.line()).isEqualTo(3);
        MetaValue blocked = m.get("BlockedBy").orElseThrow();
        assertThat(blocked.items()).containsExactly("ADR-100", "ADR-101");
        assertThat(blocked.itemSpans()).hasSize(2);
        assertThat(d.doc().textOf(blocked.itemSpans().get(1))).isEqualTo("ADR-101");
        assertThat(m.items("adrs")).isEmpty();
    }

    @Test
    void readsMetadataSectionBulletsWithAliases() {
        MarkdownDoc d = md("# Spec\n\n## Metadata\n- ID: SPEC-PAY-02\n- Implements: PLAT-124 v1\n"
                + "- Context Pack: cp-checkout v2\n- Blocked By: ADR-100, ADR-7\n- **Status**: Blocked\n\n## Problem Statement\n");
        Metadata m = d.metadata();
        assertThat(m.value(Keys.ID)).isEqualTo("SPEC-PAY-02");
        assertThat(m.value(Keys.CONTEXT_PACK)).isEqualTo("cp-checkout v2");
        assertThat(m.items(Keys.BLOCKED_BY)).containsExactly("ADR-100", "ADR-7");
        assertThat(m.value(Keys.STATUS)).isEqualTo("Blocked");
        assertThat(m.get(Keys.STATUS).orElseThrow().source()).isEqualTo(MetaSource.METADATA_SECTION);
        assertThat(m.get(Keys.STATUS).orElseThrow().line()).isEqualTo(8);
    }

    @Test
    void readsSubItemListsInMetadataSection() {
        MarkdownDoc d = md("## Metadata\n- Blocked By:\n  - ADR-100\n  - ADR-101\n- Status: Draft\n");
        Metadata m = d.metadata();
        assertThat(m.items(Keys.BLOCKED_BY)).containsExactly("ADR-100", "ADR-101");
        assertThat(m.value(Keys.STATUS)).isEqualTo("Draft");
    }

    @Test
    void readsSpecKitBoldLabelsBeforeFirstSection() {
        MarkdownDoc d = md("# Feature Specification: Cart\n\n**Feature Branch**: `001-cart`\n\n**Created**: 2026-01-02\n\n"
                + "**Status**: Draft\n\n**Input**: User description: \"a: b\"\n\n## User Scenarios\n\n**Status**: Done\n");
        Metadata m = d.metadata();
        assertThat(m.value("feature branch")).isEqualTo("001-cart");
        assertThat(m.value(Keys.STATUS)).isEqualTo("Draft");
        assertThat(m.get(Keys.STATUS).orElseThrow().line()).isEqualTo(7);
        assertThat(m.value("input")).isEqualTo("User description: \"a: b\"");
    }

    @Test
    void readsSeveralLabelsOnOneLine() {
        MarkdownDoc d = md("# Plan\n**Branch**: `001-x` | **Date**: 2026-01-01 | **Spec**: [link](spec.md)\n");
        Metadata m = d.metadata();
        assertThat(m.value("branch")).isEqualTo("001-x");
        assertThat(m.value("date")).isEqualTo("2026-01-01");
        assertThat(m.value("spec")).isEqualTo("[link](spec.md)");
        assertThat(d.doc().textOf(m.get("date").orElseThrow().span())).isEqualTo("2026-01-01");
    }

    @Test
    void readsMadr2BulletsAndIgnoresTrailingComments() {
        MarkdownDoc d = md("# Use X\n\n* Status: accepted <!-- optional -->\n* Deciders: Ann, Bob\n\nTechnical Story: T-1\n\n## Context\n");
        Metadata m = d.metadata();
        assertThat(m.value(Keys.STATUS)).isEqualTo("accepted");
        assertThat(m.get(Keys.STATUS).orElseThrow().source()).isEqualTo(MetaSource.BULLET);
        assertThat(m.value("deciders")).isEqualTo("Ann, Bob");
        assertThat(m.value("technical story")).isEqualTo("T-1");
    }

    @Test
    void frontMatterWinsOverLaterSources() {
        MarkdownDoc d = md("---\nstatus: Approved\n---\n# T\n**Status**: Draft\n");
        assertThat(d.metadata().value(Keys.STATUS)).isEqualTo("Approved");
    }

    @Test
    void badFrontMatterIsAFindingAndStillReadsSimpleKeys() {
        MarkdownDoc d = md("---\ntitle: a: b: [\nstatus: Draft\n---\n# T\n");
        assertThat(d.findings()).extracting(f -> f.rule()).containsExactly(ReadRules.BAD_YAML);
        assertThat(d.metadata().value(Keys.STATUS)).isEqualTo("Draft");
    }

    @Test
    void emptyYamlValueGetsAnInsertionPointAfterTheColon() {
        MarkdownDoc d = md("---\nblocked_by:\nstatus: Draft\n---\n");
        MetaValue v = d.metadata().get(Keys.BLOCKED_BY).orElseThrow();
        assertThat(v.items()).isEmpty();
        assertThat(v.span().length()).isZero();
        assertThat(v.span().line()).isEqualTo(2);
        assertThat(v.span().column()).isEqualTo("blocked_by:".length() + 1);
    }

    @Test
    void codeBlocksAreNotMetadataOrHeadings() {
        MarkdownDoc d = md("# T\n```\n**Status**: Fake\n# not a heading\n```\n**Status**: Real\n");
        assertThat(d.metadata().value(Keys.STATUS)).isEqualTo("Real");
        assertThat(d.content().headings()).hasSize(1);
    }

    @Test
    void setextHeadingsCount() {
        MarkdownDoc d = md("Title\n=====\n\nPara\n\nSection\n-------\n- item\n---\n");
        assertThat(d.content().headings()).extracting(h -> h.text()).containsExactly("Title", "Section");
    }
}
