package io.specgraph.ui.shell;

import io.specgraph.ui.FxDemo;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PaletteModelTest {

    private final PaletteModel model = new PaletteModel(List.of(
            new PaletteModel.Item(PaletteModel.Type.COMMAND, "Open folder…", "Ctrl+O", "open-folder"),
            new PaletteModel.Item(PaletteModel.Type.COMMAND, "Reload from disk", "F5", "reload")));

    @Test
    void lettersInOrderFindANodeById() {
        model.index(FxDemo.workspace());
        assertThat(model.search("eco124").get(0).target()).isEqualTo("platform/ECO-124");
    }

    @Test
    void aSubstringRanksAboveScatteredLetters() {
        model.index(FxDemo.workspace());
        List<PaletteModel.Item> hits = model.search("reload");
        assertThat(hits.get(0).target()).isEqualTo("reload");
    }

    @Test
    void filesAreFoundByPath() {
        model.index(FxDemo.workspace());
        assertThat(model.search("cart/specs")).isNotEmpty()
                .allSatisfy(i -> assertThat(i.label()).contains("cart/specs"));
    }

    @Test
    void anEmptyQueryListsCommandsFirstAndNothingMatchesNonsense() {
        model.index(FxDemo.workspace());
        assertThat(model.search("").get(0).type()).isEqualTo(PaletteModel.Type.COMMAND);
        assertThat(model.search("zzqqxx")).isEmpty();
        assertThat(model.search("").size()).isLessThanOrEqualTo(PaletteModel.LIMIT);
    }

    @Test
    void scoresPreferEarlierMatches() {
        assertThat(PaletteModel.score("abc plat", "plat")).isGreaterThan(PaletteModel.score("plat abc", "plat"));
        assertThat(PaletteModel.score("p-l-a-t", "plat")).isGreaterThan(PaletteModel.score("xx plat", "plat"));
        assertThat(PaletteModel.score("abc", "abd")).isEqualTo(-1);
    }

    @Test
    void theSelectedNodesActionsComeFirstAndGoWhenCleared() {
        model.index(FxDemo.workspace());
        model.setActions(List.of(new PaletteModel.Item(PaletteModel.Type.ACTION, "Fan out PLAT-124…", "action", "0")));
        assertThat(model.search("").get(0).type()).isEqualTo(PaletteModel.Type.ACTION);
        assertThat(model.search("fan out").get(0).label()).isEqualTo("Fan out PLAT-124…");
        model.setActions(List.of());
        assertThat(model.search("fan out")).noneMatch(i -> i.type() == PaletteModel.Type.ACTION);
    }
}
