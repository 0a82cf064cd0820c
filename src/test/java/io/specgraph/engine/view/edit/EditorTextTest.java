package io.specgraph.engine.view.edit;

import io.specgraph.ui.FxDemo;
import org.junit.jupiter.api.Test;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Buffer text and bytes: an unchanged buffer writes the identical bytes; an edit changes only what was edited. */
class EditorTextTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static byte[] bytes(boolean bom, String s) {
        byte[] body = s.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] out = new byte[body.length + 3];
        System.arraycopy(BOM, 0, out, 0, 3);
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    @Test
    void bomAndCrlfAreKeptAndTheEditorSeesPlainNewlines() throws Exception {
        byte[] in = bytes(true, "# Title\r\n\r\n- Status: Draft\r\n- Implements: PLAT-1 v1\r\n");
        EditorText t = EditorText.decode(in);
        assertThat(t.hasBom()).isTrue();
        assertThat(t.eol()).isEqualTo("\r\n");
        assertThat(t.text()).isEqualTo("# Title\n\n- Status: Draft\n- Implements: PLAT-1 v1\n");
        assertThat(t.encode(t.text())).isEqualTo(in);
    }

    @Test
    void anEditedLineKeepsEveryOtherByte() throws Exception {
        byte[] in = bytes(true, "a\r\nb\nc\rd\r\ne");
        EditorText t = EditorText.decode(in);
        assertThat(t.encode(t.text())).isEqualTo(in);
        assertThat(t.encode("a\nB!\nc\nd\ne")).isEqualTo(bytes(true, "a\r\nB!\nc\rd\r\ne"));
        assertThat(t.encode("a\nb\nc\nd\ne\n")).isEqualTo(bytes(true, "a\r\nb\nc\rd\r\ne\r\n"));
    }

    @Test
    void insertedAndRemovedLinesTakeTheUsualEndingAndKeepTheRest() throws Exception {
        byte[] in = bytes(false, "one\r\ntwo\r\nthree\nfour\r\n");
        EditorText t = EditorText.decode(in);
        assertThat(t.encode("one\ntwo\nnew\nthree\nfour\n"))
                .isEqualTo(bytes(false, "one\r\ntwo\r\nnew\r\nthree\nfour\r\n"));
        assertThat(t.encode("one\nthree\nfour\n")).isEqualTo(bytes(false, "one\r\nthree\nfour\r\n"));
    }

    @Test
    void emptyFilesAndFilesWithoutAFinalNewlineRoundTrip() throws Exception {
        for (String s : List.of("", "x", "\n", "\r\n\r\n", "last line without newline\r\nend")) {
            for (boolean bom : List.of(false, true)) {
                byte[] in = bytes(bom, s);
                assertThat(EditorText.decode(in).encode(EditorText.decode(in).text())).isEqualTo(in);
            }
        }
    }

    @Test
    void invalidUtf8IsRefused() {
        assertThatThrownBy(() -> EditorText.decode(new byte[]{'a', (byte) 0xC3, '(', '\n'}))
                .isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void everyDemoDocumentRoundTripsAsIsAndAsBomCrlf() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(FxDemo.dir())) {
            files = s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).toList();
        }
        assertThat(files).hasSizeGreaterThan(40);
        for (Path f : files) {
            byte[] in = Files.readAllBytes(f);
            EditorText t = EditorText.decode(in);
            assertThat(t.encode(t.text())).as(f.toString()).isEqualTo(in);
            String crlf = new String(in, StandardCharsets.UTF_8).replace("\n", "\r\n");
            byte[] bomCrlf = bytes(true, crlf);
            EditorText u = EditorText.decode(bomCrlf);
            assertThat(u.encode(u.text())).as(f.toString()).isEqualTo(bomCrlf);
        }
    }
}
