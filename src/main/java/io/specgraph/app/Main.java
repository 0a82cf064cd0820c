package io.specgraph.app;

import io.specgraph.cli.Cli;

import java.util.OptionalInt;

/**
 * Starts Specgraph. No argument opens the GUI (the last workspace, else the demo) when there is a display, and so
 * does one argument naming a workspace file ({@code *.specgraph} or {@code workspace.json}: what a file manager
 * passes through the installed app's file association); any other argument means command-line use, handled without loading JavaFX (so {@code check} runs on a CI machine without a
 * display).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        boolean open = args.length == 1 && io.specgraph.engine.StartWorkspace.isWorkspaceArgument(args[0]);
        if ((args.length == 0 || open) && !java.awt.GraphicsEnvironment.isHeadless()) {
            OptionalInt tuned = TunedJvm.runGui(io.specgraph.engine.AppDirs.forThisUser().dataDir().resolve("cds"),
                    args);
            System.exit(tuned.isPresent() ? tuned.getAsInt() : Gui.launchAndWait(args));
        }
        Cli.setRenderer((ws, view, w, h, out) -> new OffscreenRenderer().render(ws, view, w, h, out));
        OptionalInt tuned = TunedJvm.run(args);
        int code = tuned.isPresent() ? tuned.getAsInt() : Cli.run(args);
        System.exit(code);
    }
}
