package io.specgraph.parse.speckit;

import io.specgraph.model.Content;
import io.specgraph.model.SpecKitLink;
import io.specgraph.parse.FileIndex;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the links of a document (inline links, images, reference definitions; not footnotes) outside code blocks,
 * comments and inline code, and resolves each against the repo's files: relative to the document, a leading
 * {@code /} from the repo root; a target missing relative to the document that exists from the repo root or the
 * project root was written root-relative ({@link SpecKitLink.Status#ROOT_RELATIVE}).
 */
public final class Links {

    private static final Pattern INLINE = Pattern.compile(
            "!?\\[([^\\]]*)\\]\\(\\s*(<[^>\\n]*>|[^()\\s]+(?:\\([^()\\s]*\\)[^()\\s]*)*)"
                    + "(?:\\s+(?:\"[^\"]*\"|'[^']*'|\\([^)]*\\)))?\\s*\\)");
    private static final Pattern DEFINITION = Pattern.compile("^ {0,3}\\[([^\\]^][^\\]]*)\\]:\\s*(<[^>]*>|\\S+)");
    private static final Pattern SCHEME = Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+.-]*:|//).*");

    private final FileIndex files;
    private final Path root;
    private final String project;

    /**
     * @param files   the repo's files
     * @param root    the repo folder (files the index skips, such as {@code .github/}, are looked up there)
     * @param project the spec-kit project folder, repo-relative
     */
    public Links(FileIndex files, Path root, String project) {
        this.files = files;
        this.root = root;
        this.project = project == null ? "" : project;
    }

    /** The links of {@code content}, in document order. */
    public List<SpecKitLink> read(Content content) {
        List<SpecKitLink> out = new ArrayList<>();
        for (int n : content.proseLines(1, content.lineCount())) {
            String line = content.line(n);
            if (line.indexOf('[') < 0) {
                continue;
            }
            BitSet code = SpecText.inlineCode(line);
            Matcher d = DEFINITION.matcher(line);
            if (d.find() && !code.get(d.start())) {
                out.add(link(content.path(), n, d.start(2) + 1, d.group(1), d.group(2)));
                continue;
            }
            Matcher m = INLINE.matcher(line);
            while (m.find()) {
                if (!code.get(m.start())) {
                    out.add(link(content.path(), n, m.start(2) + 1, m.group(1), m.group(2)));
                }
            }
        }
        return out;
    }

    private SpecKitLink link(String path, int line, int column, String text, String written) {
        String target = written.startsWith("<") && written.endsWith(">")
                ? written.substring(1, written.length() - 1).strip() : written;
        if (SCHEME.matcher(target).matches()) {
            return new SpecKitLink(path, line, column, text, target, null, SpecKitLink.Status.EXTERNAL);
        }
        String file = decode(strip(target));
        if (file.isEmpty()) {
            return new SpecKitLink(path, line, column, text, target, null, SpecKitLink.Status.ANCHOR);
        }
        boolean fromRoot = file.startsWith("/");
        String resolved = FileIndex.normalize(fromRoot ? file.substring(1)
                : FileIndex.join(FileIndex.parent(path), file));
        if (resolved == null) {
            return new SpecKitLink(path, line, column, text, target, null, SpecKitLink.Status.OUTSIDE_REPO);
        }
        if (exists(resolved)) {
            return new SpecKitLink(path, line, column, text, target, resolved, SpecKitLink.Status.FOUND);
        }
        if (!fromRoot && !file.startsWith("./") && !file.startsWith("../")) {
            for (String base : project.isEmpty() ? List.of("") : List.of("", project)) {
                String alt = FileIndex.normalize(FileIndex.join(base, file));
                if (alt != null && exists(alt)) {
                    return new SpecKitLink(path, line, column, text, target, alt, SpecKitLink.Status.ROOT_RELATIVE);
                }
            }
        }
        return new SpecKitLink(path, line, column, text, target, resolved, SpecKitLink.Status.MISSING);
    }

    private static String strip(String target) {
        String t = target;
        int hash = t.indexOf('#');
        if (hash >= 0) {
            t = t.substring(0, hash);
        }
        int query = t.indexOf('?');
        if (query >= 0) {
            t = t.substring(0, query);
        }
        return t.strip();
    }

    private boolean exists(String path) {
        if (path.isEmpty() || files.exists(path)) {
            return true;
        }
        if (root == null) {
            return false;
        }
        try {
            return Files.exists(root.resolve(path));
        } catch (InvalidPathException | SecurityException e) {
            return false;
        }
    }

    /** Percent-decodes {@code %20} and friends (UTF-8); anything malformed stays as written. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] raw = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '%' && i + 2 < raw.length && hex(raw[i + 1]) >= 0 && hex(raw[i + 2]) >= 0) {
                out.write(hex(raw[i + 1]) * 16 + hex(raw[i + 2]));
                i += 2;
            } else {
                out.write(raw[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }
}
