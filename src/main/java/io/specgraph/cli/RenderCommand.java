package io.specgraph.cli;

import io.specgraph.engine.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code specgraph render --view V --out F.png}: draws a view of the app offscreen, for docs, wikis and checks. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Draw a view of the app offscreen (no window) to a PNG.",
                "VIEW is graph, queue, adr-board, matrix or initiatives."})
final class RenderCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TARGET", arity = "0..*",
            description = "Repo folders, or a folder holding a workspace.json. Default: .")
    private List<Path> targets = new ArrayList<>();

    @Mixin
    private WorkspaceOptions workspace;

    @Option(names = "--view", required = true, paramLabel = "VIEW",
            description = "graph, queue, adr-board, matrix or initiatives.")
    private String view;

    @Option(names = "--out", required = true, paramLabel = "F.png", description = "The PNG to write.")
    private Path out;

    @Option(names = "--width", paramLabel = "W", defaultValue = "1600", description = "Width (default: 1600).")
    private int width;

    @Option(names = "--height", paramLabel = "H", defaultValue = "1000", description = "Height (default: 1000).")
    private int height;

    @Override
    public Integer call() throws Exception {
        ViewRenderer.View v = parse(view);
        if (width < 100 || height < 100 || width > 10_000 || height > 10_000) {
            throw CliException.usage("--width and --height must be between 100 and 10000");
        }
        ViewRenderer renderer = Cli.renderer();
        if (renderer == null) {
            throw CliException.usage("this build cannot draw views (no JavaFX)");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw CliException.usage("folder not found: " + parent);
        }
        Workspace ws = workspace.load(targets);
        renderer.render(ws, v, width, height, out);
        return ExitCodes.OK;
    }

    private static ViewRenderer.View parse(String s) {
        try {
            return ViewRenderer.View.valueOf(s.toLowerCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw CliException.usage("unknown view '" + s + "' (graph, queue, adr-board, matrix, initiatives)");
        }
    }
}
