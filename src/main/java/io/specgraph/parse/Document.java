package io.specgraph.parse;

import io.specgraph.model.Span;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A UTF-8 text file kept exactly as read: its bytes, whether it starts with a byte order mark, its decoded text
 * and where every line starts. Writing an unchanged document gives back the identical bytes; an edit replaces a
 * range of the text and keeps everything else (BOM, CRLF, trailing spaces) as it was. Immutable.
 */
public final class Document {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String path;
    private final byte[] bytes;
    private final boolean bom;
    private final String text;
    private final int[] lineStarts;
    private final String eol;

    private Document(String path, byte[] bytes, boolean bom, String text) {
        this.path = Objects.requireNonNull(path, "path");
        this.bytes = bytes;
        this.bom = bom;
        this.text = text;
        Lines lines = Lines.scan(text);
        this.lineStarts = Arrays.copyOf(lines.starts, lines.count);
        this.eol = lines.eol();
    }

    /** A document from bytes already known to be valid UTF-8 (see {@link DocumentLoader}). */
    static Document ofValidUtf8(String path, byte[] bytes) {
        boolean bom = startsWithBom(bytes);
        int skip = bom ? BOM.length : 0;
        String text = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
        return new Document(path, bytes.clone(), bom, text);
    }

    /** A document from ASCII bytes (no BOM possible); the bytes are owned by the document from now on. */
    static Document ofAscii(String path, byte[] bytes) {
        return new Document(path, bytes, false, new String(bytes, StandardCharsets.ISO_8859_1));
    }

    /** A document from UTF-8 bytes and their decoded text (which still holds the BOM, if any). */
    static Document ofDecoded(String path, byte[] bytes, String decoded) {
        boolean bom = startsWithBom(bytes);
        return new Document(path, bytes, bom, bom ? decoded.substring(1) : decoded);
    }

    /** A document holding {@code text} (for new files and tests); no BOM. */
    public static Document ofText(String path, String text) {
        return new Document(path, text.getBytes(StandardCharsets.UTF_8), false, text);
    }

    static boolean startsWithBom(byte[] b) {
        return b.length >= 3 && b[0] == BOM[0] && b[1] == BOM[1] && b[2] == BOM[2];
    }

    /** The file, repo-relative and {@code /}-separated. */
    public String path() {
        return path;
    }

    /** The exact bytes (a copy). */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int byteLength() {
        return bytes.length;
    }

    public boolean hasBom() {
        return bom;
    }

    /** The decoded text, without the BOM. Offsets in {@link Span}s index into this string. */
    public String text() {
        return text;
    }

    /** The line ending most lines use ({@code \n}, {@code \r\n} or {@code \r}); {@code \n} for a one-line file. */
    public String eol() {
        return eol;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Offset of the first character of line {@code n} (1-based). */
    public int lineStart(int n) {
        return lineStarts[n - 1];
    }

    /** Offset just past the last character of line {@code n}, before its line ending. */
    public int lineEnd(int n) {
        int start = lineStarts[n - 1];
        int end = lineEndWithEol(n);
        if (end > start && text.charAt(end - 1) == '\n') {
            end--;
        }
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return end;
    }

    /** Offset just past line {@code n}'s line ending (the start of the next line, or the end of the text). */
    public int lineEndWithEol(int n) {
        return n < lineStarts.length ? lineStarts[n] : text.length();
    }

    /** Line {@code n} (1-based) without its line ending. */
    public String line(int n) {
        return text.substring(lineStart(n), lineEnd(n));
    }

    /** The 1-based line holding {@code offset}. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** A span for {@code length} characters at {@code offset}, with its line and column. */
    public Span span(int offset, int length) {
        int line = lineOf(offset);
        return new Span(offset, length, line, offset - lineStarts[line - 1] + 1);
    }

    /** A span for the characters {@code from..to} (exclusive) of line {@code n}. */
    public Span spanInLine(int n, int fromCol0, int toCol0) {
        int start = lineStart(n);
        return new Span(start + fromCol0, toCol0 - fromCol0, n, fromCol0 + 1);
    }

    /** The text of {@code span}. */
    public String textOf(Span span) {
        return text.substring(span.offset(), span.end());
    }

    /**
     * A new document with {@code length} characters at {@code offset} replaced by {@code replacement}. Only those
     * bytes differ; a BOM and every other byte stay as they were.
     */
    public Document replace(int offset, int length, String replacement) {
        if (offset < 0 || length < 0 || offset + length > text.length()) {
            throw new IndexOutOfBoundsException("replace " + offset + "+" + length + " in " + text.length());
        }
        String newText = text.substring(0, offset) + replacement + text.substring(offset + length);
        byte[] body = newText.getBytes(StandardCharsets.UTF_8);
        byte[] out = body;
        if (bom) {
            out = new byte[body.length + BOM.length];
            System.arraycopy(BOM, 0, out, 0, BOM.length);
            System.arraycopy(body, 0, out, BOM.length, body.length);
        }
        return new Document(path, out, bom, newText);
    }

    /** A copy of this document under another path. */
    public Document withPath(String newPath) {
        return new Document(newPath, bytes, bom, text);
    }

    /** Line starts and the dominant line ending, in one pass over the text. */
    private static final class Lines {
        int[] starts = new int[64];
        int count = 1;
        int lf;
        int crlf;
        int cr;

        static Lines scan(String text) {
            Lines l = new Lines();
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (c == '\n') {
                    l.lf++;
                    l.add(i + 1);
                } else if (c == '\r') {
                    if (i + 1 < n && text.charAt(i + 1) == '\n') {
                        l.crlf++;
                        i++;
                    } else {
                        l.cr++;
                    }
                    l.add(i + 1);
                }
            }
            // A final line ending does not start a further line of text.
            if (l.count > 1 && l.starts[l.count - 1] == n) {
                l.count--;
            }
            return l;
        }

        private void add(int start) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = start;
        }

        String eol() {
            if (crlf > lf && crlf >= cr) {
                return "\r\n";
            }
            if (cr > lf && cr > crlf) {
                return "\r";
            }
            return "\n";
        }
    }

    /** True when the text ends with a line ending. */
    public boolean endsWithEol() {
        return !text.isEmpty() && (text.endsWith("\n") || text.endsWith("\r"));
    }
}
