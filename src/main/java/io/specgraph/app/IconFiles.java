package io.specgraph.app;

import io.specgraph.ui.common.AppIcon;
import javafx.embed.swing.SwingFXUtils;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the app icon's files for the installers (icons/README.md): PNGs at 16–512 px, {@code specgraph.ico}
 * (Windows) and {@code specgraph.icns} (macOS), all drawn by {@link AppIcon} on JavaFX's headless screen — the
 * drawing is the source, so nothing generated is kept in git. Run by {@code packaging/jpackage.sh}:
 * {@code java -cp specgraph.jar io.specgraph.app.IconFiles DIR}.
 */
public final class IconFiles {

    /** The PNG sizes written. */
    static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256, 512};
    private static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};
    private static final Map<String, Integer> ICNS_TYPES = icnsTypes();

    private IconFiles() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: IconFiles DIR");
            System.exit(2);
        }
        write(Path.of(args[0]));
        System.exit(0);
    }

    /** Draws the icon at every size and writes the PNGs, the .ico and the .icns into {@code dir}. */
    static void write(Path dir) throws Exception {
        Files.createDirectories(dir);
        OffscreenRenderer.startToolkit(1280, 800);
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        for (int size : SIZES) {
            png.put(size, OffscreenRenderer.onFx(() -> png(size)));
            Files.write(dir.resolve("specgraph-" + size + ".png"), png.get(size));
        }
        Files.write(dir.resolve("specgraph.png"), png.get(256));
        Files.write(dir.resolve("specgraph.ico"), ico(png));
        Files.write(dir.resolve("specgraph.icns"), icns(png));
    }

    private static byte[] png(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(SwingFXUtils.fromFXImage(AppIcon.draw(size), null), "png", out);
        return out.toByteArray();
    }

    /** A Windows icon holding PNG images (allowed since Vista), smallest first. */
    static byte[] ico(Map<Integer, byte[]> png) {
        int count = 0;
        int total = 6;
        for (int s : ICO_SIZES) {
            if (png.containsKey(s)) {
                count++;
                total += 16 + png.get(s).length;
            }
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) 0).putShort((short) 1).putShort((short) count);
        int offset = 6 + 16 * count;
        for (int s : ICO_SIZES) {
            byte[] data = png.get(s);
            if (data != null) {
                b.put((byte) (s >= 256 ? 0 : s)).put((byte) (s >= 256 ? 0 : s)).put((byte) 0).put((byte) 0);
                b.putShort((short) 1).putShort((short) 32).putInt(data.length).putInt(offset);
                offset += data.length;
            }
        }
        for (int s : ICO_SIZES) {
            if (png.containsKey(s)) {
                b.put(png.get(s));
            }
        }
        return b.array();
    }

    /** A macOS icon family of PNG elements (icp4 16 px … ic09 512 px). */
    static byte[] icns(Map<Integer, byte[]> png) {
        int total = 8;
        for (Map.Entry<String, Integer> t : ICNS_TYPES.entrySet()) {
            if (png.containsKey(t.getValue())) {
                total += 8 + png.get(t.getValue()).length;
            }
        }
        ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.BIG_ENDIAN);
        b.put("icns".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(total);
        for (Map.Entry<String, Integer> t : ICNS_TYPES.entrySet()) {
            byte[] data = png.get(t.getValue());
            if (data != null) {
                b.put(t.getKey().getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(8 + data.length).put(data);
            }
        }
        return b.array();
    }

    private static Map<String, Integer> icnsTypes() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("icp4", 16);
        m.put("icp5", 32);
        m.put("icp6", 64);
        m.put("ic07", 128);
        m.put("ic08", 256);
        m.put("ic09", 512);
        return m;
    }
}
