package io.specgraph.parse;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentTest {

    private static Document doc(byte[] bytes) {
        DocumentLoader.Loaded loaded = DocumentLoader.fromBytes("r", "a.md", bytes);
        assertThat(loaded.problem()).isNull();
        return loaded.document();
    }

    @Test
    void keepsBomCrlfAndTrailingSpacesByteForByte() {
        byte[] bytes = "\uFEFF# Title  \r\n\r\n- Status: Draft \t\r\nlast".getBytes(StandardCharsets.UTF_8);
        Document d = doc(bytes);
        assertThat(d.hasBom()).isTrue();
        assertThat(d.eol()).isEqualTo("\r\n");
        assertThat(d.lineCount()).isEqualTo(4);
        assertThat(d.line(1)).isEqualTo("# Title  ");
        assertThat(d.line(3)).isEqualTo("- Status: Draft \t");
        assertThat(d.bytes()).isEqualTo(bytes);
    }

    @Test
    void replaceChangesOnlyTheReplacedCharacters() {
        byte[] bytes = "\uFEFF---\r\nstatus: Draft\r\n---\r\nbody\r\n".getBytes(StandardCharsets.UTF_8);
        Document d = doc(bytes);
        int at = d.text().indexOf("Draft");
        Document e = d.replace(at, 5, "Approved");
        assertThat(new String(e.bytes(), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF---\r\nstatus: Approved\r\n---\r\nbody\r\n");
    }

    @Test
    void linesAndSpansCountFromOne() {
        Document d = Document.ofText("a.md", "one\ntwo\n\nfour\n");
        assertThat(d.lineCount()).isEqualTo(4);
        assertThat(d.line(4)).isEqualTo("four");
        assertThat(d.span(d.text().indexOf("two") + 1, 2).line()).isEqualTo(2);
        assertThat(d.span(d.text().indexOf("two") + 1, 2).column()).isEqualTo(2);
    }

    @Test
    void lonelyCarriageReturnsAreLineEndings() {
        Document d = Document.ofText("a.md", "a\rb\rc");
        assertThat(d.lineCount()).isEqualTo(3);
        assertThat(d.line(2)).isEqualTo("b");
        assertThat(d.eol()).isEqualTo("\r");
    }

    @Test
    void emptyFileHasOneEmptyLine() {
        Document d = Document.ofText("a.md", "");
        assertThat(d.lineCount()).isEqualTo(1);
        assertThat(d.line(1)).isEmpty();
    }

    @Test
    void reportsInvalidUtf8WithItsLine() {
        byte[] bytes = {'o', 'k', '\n', 'b', (byte) 0xC3, '(', '\n'};
        DocumentLoader.Loaded loaded = DocumentLoader.fromBytes("r", "bad.md", bytes);
        assertThat(loaded.ok()).isFalse();
        assertThat(loaded.problem().rule()).isEqualTo(ReadRules.NOT_UTF8);
        assertThat(loaded.problem().line()).isEqualTo(2);
    }

    @Test
    void reportsBinaryContent() {
        DocumentLoader.Loaded loaded = DocumentLoader.fromBytes("r", "img.md", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 1});
        assertThat(loaded.problem().rule()).isEqualTo(ReadRules.BINARY);
    }
}
