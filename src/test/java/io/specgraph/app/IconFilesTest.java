package io.specgraph.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The installers' icon files, drawn from the app icon: PNG sizes, a Windows .ico and a macOS .icns. */
class IconFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesEveryPngSizeAnIcoAndAnIcnsThatTheirReadersAccept() throws Exception {
        IconFiles.write(dir);
        for (int size : IconFiles.SIZES) {
            BufferedImage img = ImageIO.read(dir.resolve("specgraph-" + size + ".png").toFile());
            assertThat(img.getWidth()).as("width at %d", size).isEqualTo(size);
            assertThat(img.getHeight()).isEqualTo(size);
            assertThat(img.getRGB(0, 0) >>> 24).as("transparent corner").isZero();
            assertThat(img.getRGB(size / 2, size / 2) >>> 24).as("opaque centre").isEqualTo(255);
        }
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(dir.resolve("specgraph.ico")))
                .order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).isZero();
        assertThat(ico.getShort(2)).isEqualTo((short) 1);
        int count = ico.getShort(4);
        assertThat(count).isEqualTo(7);
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int size = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            assertThat(offset + size).isLessThanOrEqualTo(ico.capacity());
            assertThat(ico.get(offset + 1)).as("PNG signature of entry %d", i).isEqualTo((byte) 'P');
        }
        byte[] icns = Files.readAllBytes(dir.resolve("specgraph.icns"));
        ByteBuffer b = ByteBuffer.wrap(icns);
        assertThat(new String(icns, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(b.getInt(4)).isEqualTo(icns.length);
        int at = 8;
        int elements = 0;
        while (at < icns.length) {
            at += b.getInt(at + 4);
            elements++;
        }
        assertThat(at).isEqualTo(icns.length);
        assertThat(elements).isEqualTo(6);
        assertThat(ImageIO.read(dir.resolve("specgraph.png").toFile()).getWidth()).isEqualTo(256);
    }
}
