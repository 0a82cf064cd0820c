package io.specgraph.ui.common;

import io.specgraph.model.NodeKind;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class KindStyleTest {

    @Start
    void start(Stage stage) {
        HBox row = new HBox();
        for (KindStyle k : KindStyle.values()) {
            row.getChildren().add(k.newIcon());
        }
        stage.setScene(new Scene(row, 400, 40));
        stage.show();
    }

    @Test
    void everyKindHasAStyleAndAnIconThatResolves(FxRobot robot) {
        assertThat(Arrays.stream(NodeKind.values()).map(KindStyle::of)).hasSize(NodeKind.values().length);
        Set<FontIcon> icons = robot.lookup(".ikonli-font-icon").queryAllAs(FontIcon.class);
        assertThat(icons).hasSize(KindStyle.values().length);
        assertThat(icons).allSatisfy(i -> assertThat(i.getIconCode()).isNotNull());
    }

    @Test
    void kindsAreTellApartByColourOrShape() {
        Set<String> looks = new HashSet<>();
        for (KindStyle k : KindStyle.values()) {
            looks.add(k.colour() + k.shape());
        }
        assertThat(looks).hasSize(KindStyle.values().length - 1); // plan and tasks share a look on purpose
    }
}
