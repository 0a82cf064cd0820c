package io.specgraph.ui.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whether the operating system prefers a dark theme, where it can be read: GNOME's {@code color-scheme} (or a
 * {@code :dark} GTK theme), macOS's {@code AppleInterfaceStyle}, Windows' {@code AppsUseLightTheme}. Unknown
 * means light. Each probe gets one second.
 */
public final class OsTheme {

    private OsTheme() {
    }

    public static boolean prefersDark() {
        return prefersDark(System.getProperty("os.name", ""), System.getenv());
    }

    static boolean prefersDark(String os, Map<String, String> env) {
        String o = os.toLowerCase(Locale.ROOT);
        if (o.contains("mac")) {
            return run(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).toLowerCase(Locale.ROOT)
                    .contains("dark");
        }
        if (o.contains("win")) {
            String out = run(List.of("reg", "query",
                    "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize", "/v",
                    "AppsUseLightTheme"));
            return out.contains("0x0");
        }
        String gtk = env.getOrDefault("GTK_THEME", "");
        if (gtk.toLowerCase(Locale.ROOT).contains(":dark")) {
            return true;
        }
        return run(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")).contains("dark");
    }

    private static String run(List<String> cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            if (!p.waitFor(1, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "";
            }
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
