package io.specgraph.engine.view.edit;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A file as an editor shows it: the decoded text with every line ending turned into {@code \n} (what a text area
 * holds), plus what it needs to write the text back exactly — the byte order mark and each line's own ending.
 * {@link #encode} of the unchanged text gives the identical bytes; an edited text keeps the endings of the lines
 * before and after the edit (and of edited lines when the line count stays), new lines get the file's usual
 * ending. Immutable.
 */
public final class EditorText {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final boolean bom;
    private final String text;
    private final String[] lines;
    private final String[] endings;
    private final String eol;

    private EditorText(boolean bom, String text, String[] lines, String[] endings, String eol) {
        this.bom = bom;
        this.text = text;
        this.lines = lines;
        this.endings = endings;
        this.eol = eol;
    }

    /**
     * Decodes UTF-8 bytes (with or without a BOM).
     *
     * @throws CharacterCodingException when the bytes are not valid UTF-8 (the editor then shows the file read-only)
     */
    public static EditorText decode(byte[] bytes) throws CharacterCodingException {
        boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
        int skip = bom ? BOM.length : 0;
        String raw = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        StringBuilder sb = new StringBuilder(raw.length());
        List<String> lineList = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        int lf = 0;
        int crlf = 0;
        int cr = 0;
        int start = 0;
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c != '\n' && c != '\r') {
                continue;
            }
            lineList.add(raw.substring(start, i));
            if (c == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') {
                ends.add("\r\n");
                crlf++;
                i++;
            } else if (c == '\r') {
                ends.add("\r");
                cr++;
            } else {
                ends.add("\n");
                lf++;
            }
            start = i + 1;
        }
        lineList.add(raw.substring(start));
        for (int i = 0; i < lineList.size(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(lineList.get(i));
        }
        String eol = crlf > lf && crlf >= cr ? "\r\n" : cr > lf && cr > crlf ? "\r" : "\n";
        return new EditorText(bom, sb.toString(), lineList.toArray(new String[0]), ends.toArray(new String[0]), eol);
    }

    /** The text with {@code \n} line endings (what the editor shows). */
    public String text() {
        return text;
    }

    public boolean hasBom() {
        return bom;
    }

    /** The ending most lines use: {@code \n}, {@code \r\n} or {@code \r}. */
    public String eol() {
        return eol;
    }

    /**
     * The bytes of {@code edited} (a text with {@code \n} line endings, as the editor holds it) written the way this
     * file is written: BOM if it had one, and each unchanged line with its own line ending.
     */
    public byte[] encode(String edited) {
        String[] now = edited.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int min = Math.min(now.length, lines.length);
        int prefix = 0;
        while (prefix < min && now[prefix].equals(lines[prefix])) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < min - prefix && now[now.length - 1 - suffix].equals(lines[lines.length - 1 - suffix])) {
            suffix++;
        }
        boolean sameCount = now.length == lines.length;
        int shift = lines.length - now.length;
        StringBuilder sb = new StringBuilder(edited.length() + now.length);
        for (int i = 0; i < now.length; i++) {
            sb.append(now[i]);
            if (i == now.length - 1) {
                break;
            }
            int old;
            if (i < prefix || sameCount) {
                old = i;
            } else if (i >= now.length - suffix) {
                old = i + shift;
            } else {
                old = -1;
            }
            sb.append(old >= 0 && old < endings.length ? endings[old] : eol);
        }
        byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] out = Arrays.copyOf(BOM, BOM.length + body.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }
}
