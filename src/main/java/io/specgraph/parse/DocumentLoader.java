package io.specgraph.parse;

import io.specgraph.model.Finding;
import io.specgraph.model.Severity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Loads a file as a {@link Document}, or explains why it cannot: a folder in place of a file, no permission,
 * binary content, an encoding other than UTF-8, a file too large. Never throws.
 */
public final class DocumentLoader {

    /** Files above this size are not read as documents. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;

    private DocumentLoader() {
    }

    /** The outcome: a document, or a finding saying why there is none. */
    public record Loaded(Document document, Finding problem) {
        public boolean ok() {
            return document != null;
        }
    }

    /**
     * Loads {@code root/relPath}.
     *
     * @param repo    the repo name, for findings
     * @param root    the repo folder
     * @param relPath the file, repo-relative, {@code /}-separated
     */
    public static Loaded load(String repo, Path root, String relPath) {
        Path file = root.resolve(relPath);
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            return fail(ReadRules.FOLDER, repo, relPath, 0, "expected a file but found a folder",
                    "replace the folder with the document, or move it out of the way");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return fail(ReadRules.TOO_LARGE, repo, relPath, 0,
                        "file is " + (size / (1024 * 1024)) + " MiB, larger than documents can be (32 MiB)",
                        "split the document");
            }
            return fromBytes(repo, relPath, Files.readAllBytes(file));
        } catch (AccessDeniedException e) {
            return fail(ReadRules.UNREADABLE, repo, relPath, 0, "cannot read the file: permission denied",
                    "give the user read permission on the file");
        } catch (IOException | SecurityException e) {
            return fail(ReadRules.UNREADABLE, repo, relPath, 0, "cannot read the file: " + safeMessage(e),
                    "check that the file exists and is readable");
        }
    }

    /** Checks {@code bytes} and makes a document of them. */
    public static Loaded fromBytes(String repo, String relPath, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return fail(ReadRules.NOT_UTF8, repo, relPath, 1, "file is encoded as UTF-16, not UTF-8",
                    "save the file as UTF-8");
        }
        int nul = indexOfNul(bytes);
        if (nul >= 0) {
            return fail(ReadRules.BINARY, repo, relPath, lineAt(bytes, nul),
                    "file holds binary content (a NUL byte at offset " + nul + ")",
                    "keep binary files out of spec folders, or give them a non-document extension");
        }
        if (isAscii(bytes)) {
            return new Loaded(Document.ofAscii(relPath, bytes), null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            int bad = firstBadByte(bytes);
            return fail(ReadRules.NOT_UTF8, repo, relPath, lineAt(bytes, bad),
                    "file is not valid UTF-8 (byte 0x" + Integer.toHexString(bytes[Math.max(0, bad)] & 0xFF)
                            + " at offset " + bad + ")",
                    "save the file as UTF-8; Specgraph will not edit it until then");
        } catch (CharacterCodingException e) {
            return fail(ReadRules.NOT_UTF8, repo, relPath, 0, "file is not valid UTF-8", "save the file as UTF-8");
        }
        return new Loaded(Document.ofDecoded(relPath, bytes, text), null);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static Loaded fail(String rule, String repo, String path, int line, String message, String hint) {
        return new Loaded(null, Finding.atFile(rule, Severity.ERROR, repo, path, line, 0, message, hint));
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int firstBadByte(byte[] b) {
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            int n = c < 0x80 ? 0 : (c >= 0xC2 && c < 0xE0) ? 1 : (c >= 0xE0 && c < 0xF0) ? 2 : (c >= 0xF0 && c < 0xF5) ? 3 : -1;
            if (n < 0) {
                return i;
            }
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += n + 1;
        }
        return 0;
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String safeMessage(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
