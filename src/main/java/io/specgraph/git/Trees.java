package io.specgraph.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Removing the folders a failed or cancelled clone leaves behind. */
final class Trees {

    private Trees() {
    }

    /**
     * Deletes {@code dir} and everything in it (read-only pack files too); quiet when it is already gone. Files that
     * vanish meanwhile (a lock file of JGit's background work) are not an error: the walk is retried.
     */
    static void deleteRecursively(Path dir) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try {
                deleteOnce(dir);
                return;
            } catch (UncheckedIOException | NoSuchFileException | DirectoryNotEmptyException e) {
                if (attempt >= 5) {
                    throw e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
                }
            }
        }
    }

    private static void deleteOnce(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> s = Files.walk(dir)) {
            paths = s.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            p.toFile().setWritable(true);
            Files.deleteIfExists(p);
        }
    }

    static boolean isEmptyFolder(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    /** Deletes {@code .NAME.cloning-*} folders a crashed clone of {@code target} left beside it. */
    static void deleteStaleClones(Path target) throws IOException {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(parent,
                "." + target.getFileName() + GitClone.TEMP_SUFFIX + "*")) {
            for (Path p : s) {
                deleteRecursively(p);
            }
        }
    }
}
