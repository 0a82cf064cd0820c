package io.specgraph.ui.graphview;

import io.specgraph.engine.GraphFormats;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.graph.LaidOutGraph;
import io.specgraph.engine.view.graph.SvgWriter;
import io.specgraph.ui.common.KindStyle;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * What the export menu writes: the current view as PNG (a snapshot of the canvas) or SVG (drawn from the layout),
 * or the whole graph as DOT or GraphML exactly as {@code specgraph graph} writes them.
 */
enum GraphExport {
    PNG("PNG image", "png"),
    SVG("SVG drawing", "svg"),
    DOT("Graphviz DOT (whole graph)", "dot"),
    GRAPHML("GraphML (whole graph)", "graphml");

    private final String title;
    private final String extension;

    GraphExport(String title, String extension) {
        this.title = title;
        this.extension = extension;
    }

    String title() {
        return title;
    }

    String extension() {
        return extension;
    }

    /**
     * The writing work for {@code file} (to run in the background). What it needs from the scene, the PNG snapshot,
     * is taken now, on the FX thread.
     */
    Callable<Path> writer(Path file, Workspace ws, LaidOutGraph shown, WritableImage snapshot) {
        return switch (this) {
            case PNG -> {
                BufferedImage image = SwingFXUtils.fromFXImage(snapshot, null);
                yield () -> {
                    if (!ImageIO.write(image, "png", file.toFile())) {
                        throw new IOException("no PNG writer");
                    }
                    return file;
                };
            }
            case SVG -> () -> write(file,
                    SvgWriter.write(shown.graph(), shown.layout(), k -> KindStyle.of(k).colour()));
            case DOT -> () -> write(file, GraphFormats.dot(ws.graph()));
            case GRAPHML -> () -> write(file, GraphFormats.graphml(ws.graph()));
        };
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
