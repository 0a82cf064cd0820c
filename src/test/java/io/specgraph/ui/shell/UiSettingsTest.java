package io.specgraph.ui.shell;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class UiSettingsTest {

    @TempDir
    Path dir;

    @Test
    void savedSettingsComeBack() {
        UiSettings s = UiSettings.DEFAULTS.withTheme("dark").withWindow(10, 20, 1000, 700, true, 0.3, 0.7);
        s.save(dir);
        assertThat(UiSettings.load(dir)).isEqualTo(s);
    }

    @Test
    void defaultsCentreTheWindowAndFollowTheSystemTheme() {
        UiSettings.DEFAULTS.save(dir);
        UiSettings back = UiSettings.load(dir);
        assertThat(back.theme()).isEqualTo("system");
        assertThat(back.x()).isNaN();
        assertThat(back.dark(true)).isTrue();
        assertThat(back.dark(false)).isFalse();
    }

    @Test
    void aBrokenOrHostileFileGivesSaneValues() throws Exception {
        Files.writeString(dir.resolve(UiSettings.FILE), "{ not json");
        assertThat(UiSettings.load(dir)).isEqualTo(UiSettings.DEFAULTS);
        Files.writeString(dir.resolve(UiSettings.FILE),
                "{\"theme\":\"neon\",\"width\":5,\"height\":-1,\"leftDivider\":0.99,\"unknown\":1}");
        UiSettings s = UiSettings.load(dir);
        assertThat(s.theme()).isEqualTo("system");
        assertThat(s.width()).isEqualTo(1400);
        assertThat(s.height()).isEqualTo(880);
        assertThat(s.leftDivider()).isEqualTo(0.18);
    }
}
