package io.specgraph.engine.view.packs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** Creating a file whole: written beside its place, then renamed in; an existing file is refused, never replaced. */
final class NewFiles {

    private NewFiles() {
    }

    static void write(Path file, byte[] bytes) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path part = Files.createTempFile(folder, "." + file.getFileName() + ".", ".part");
        try {
            Files.write(part, bytes);
            if (Files.getFileAttributeView(part, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(part, PosixFilePermissions.fromString("rw-r--r--")); // as editors do
            }
            Files.move(part, file); // no REPLACE_EXISTING: FileAlreadyExistsException when someone was first
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
