package io.specgraph.engine.view.trace;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link Matrix} as CSV (RFC 4180): CRLF line ends, every field that holds a comma, a double quote, CR or
 * LF is quoted with inner quotes doubled; files are UTF-8 without a byte-order mark. The first row names the
 * columns: platform spec, title, status, health, then one column per repo or contract; a cell lists its component
 * specs as {@code ID (state, health)} separated by {@code ;}, says {@code declares} for a declared contract and
 * {@code missing (planned by T010)} for a planned fan-out target without a spec.
 */
public final class MatrixCsv {

    private static final String CRLF = "\r\n";

    private MatrixCsv() {
    }

    /** The matrix as CSV text. */
    public static String toCsv(Matrix m) {
        StringWriter w = new StringWriter();
        try {
            write(m, w);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringWriter does not fail
        }
        return w.toString();
    }

    /** Writes the matrix to {@code file} (UTF-8), replacing it. */
    public static void write(Matrix m, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(m, w);
        }
    }

    /** Writes the matrix to {@code out}. */
    public static void write(Matrix m, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("Platform spec", "Title", "Status", "Health"));
        m.columns().forEach(c -> header.add(c.label()));
        line(out, header);
        for (Matrix.Row r : m.rows()) {
            List<String> fields = new ArrayList<>();
            fields.add(r.label());
            fields.add(r.spec() == null ? "" : r.spec().title());
            fields.add(r.spec() == null ? "" : r.spec().stateLabel());
            fields.add(r.spec() == null ? "" : r.spec().health().level().name().toLowerCase(Locale.ROOT));
            r.cells().forEach(c -> fields.add(c.text()));
            line(out, fields);
        }
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(",");
            }
            out.write(field(fields.get(i)));
        }
        out.write(CRLF);
    }

    /** One field, quoted when RFC 4180 requires it. */
    static String field(String s) {
        if (s == null) {
            return "";
        }
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
