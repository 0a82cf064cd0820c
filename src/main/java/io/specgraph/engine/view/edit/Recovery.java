package io.specgraph.engine.view.edit;

import io.specgraph.engine.Files2;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The recovery folder ({@code DATA/recovery}): editors autosave unsaved buffers here every few seconds and remove
 * them on save or discard, so what is left after a crash can be offered back. One draft per file: its bytes
 * ({@code KEY.draft}) and what they belong to ({@code KEY.properties}, written last), both written atomically.
 */
public final class Recovery {

    private static final Logger LOG = LoggerFactory.getLogger(Recovery.class);

    /** An autosaved buffer: the document it belongs to, when it was written, and its bytes. */
    public record Draft(String nodeKey, String repo, String path, Path file, Instant saved, byte[] bytes) {
        public Draft {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Draft d && d.nodeKey.equals(nodeKey) && d.repo.equals(repo) && d.path.equals(path)
                    && d.file.equals(file) && d.saved.equals(saved) && Arrays.equals(d.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return file.hashCode() * 31 + Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Draft[" + repo + "/" + path + " " + saved + " " + bytes.length + " bytes]";
        }
    }

    private final Path dir;

    /** A recovery store in {@code dir} (created on the first save). */
    public Recovery(Path dir) {
        this.dir = dir;
    }

    /** The recovery store under a data folder. */
    public static Recovery under(Path dataDir) {
        return new Recovery(dataDir.resolve("recovery"));
    }

    /** The buffers left by editors that were not saved or discarded (after a crash), newest first. */
    public static List<Draft> pending(Path dataDir) {
        return under(dataDir).pending();
    }

    public Path dir() {
        return dir;
    }

    /** Writes (or replaces) the draft of {@code draft.file()}. */
    public void save(Draft draft) throws IOException {
        String key = key(draft.file());
        Files2.writeAtomically(dir.resolve(key + ".draft"), draft.bytes());
        Properties p = new Properties();
        p.setProperty("node", draft.nodeKey());
        p.setProperty("repo", draft.repo());
        p.setProperty("path", draft.path());
        p.setProperty("file", draft.file().toAbsolutePath().normalize().toString());
        p.setProperty("saved", Long.toString(draft.saved().toEpochMilli()));
        StringWriter w = new StringWriter();
        p.store(w, "Specgraph unsaved buffer");
        Files2.writeAtomically(dir.resolve(key + ".properties"), w.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Removes the draft of {@code file}, if any. */
    public void discard(Path file) throws IOException {
        String key = key(file);
        Files.deleteIfExists(dir.resolve(key + ".properties"));
        Files.deleteIfExists(dir.resolve(key + ".draft"));
    }

    /** The draft of {@code file}, if one is left. */
    public Optional<Draft> find(Path file) {
        return read(dir.resolve(key(file) + ".properties"));
    }

    /** Every draft left, newest first (unreadable entries are skipped and logged). */
    public List<Draft> pending() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Draft> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".properties")).sorted()
                    .forEach(p -> read(p).ifPresent(out::add));
        } catch (IOException e) {
            LOG.warn("cannot list the recovery folder {}", dir, e);
        }
        out.sort(Comparator.comparing(Draft::saved).reversed());
        return List.copyOf(out);
    }

    private Optional<Draft> read(Path props) {
        if (!Files.exists(props)) {
            return Optional.empty();
        }
        String name = props.getFileName().toString();
        Path bytes = props.resolveSibling(name.substring(0, name.length() - ".properties".length()) + ".draft");
        try (Reader r = new StringReader(Files.readString(props, StandardCharsets.UTF_8))) {
            Properties p = new Properties();
            p.load(r);
            return Optional.of(new Draft(p.getProperty("node", ""), p.getProperty("repo", ""),
                    p.getProperty("path", ""), Path.of(p.getProperty("file")),
                    Instant.ofEpochMilli(Long.parseLong(p.getProperty("saved", "0"))), Files.readAllBytes(bytes)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("skipping the unreadable draft {}: {}", props, e.toString());
            return Optional.empty();
        }
    }

    /** A file name for {@code file}'s draft: a hash of its absolute path. */
    static String key(Path file) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(file.toAbsolutePath().normalize().toString()
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from the JDK", e);
        }
    }
}
