package io.specgraph.parse.speckit;

import io.specgraph.model.MetaSource;
import io.specgraph.model.Node;
import io.specgraph.model.SpecKitItem;
import io.specgraph.model.SpecKitStory;
import io.specgraph.model.TaskItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CjkTest {

    private static final SpecKitFixture REPO = SpecKitFixture.read("cjk");

    @Test
    void readsFeaturesWithJapaneseAndChineseFolderNames() {
        assertThat(REPO.ids()).containsExactly("001-カート", "001-カート/tasks", "002-搜索", "002-搜索/tasks",
                "constitution");
        assertThat(REPO.findings()).isEmpty();
    }

    @Test
    void japaneseConstitutionVersionLineGivesVersionAndDates() {
        Node c = REPO.node("constitution");
        assertThat(c.title()).isEqualTo("書店アプリ 憲法");
        assertThat(c.version()).isEqualTo("1.2.0");
        assertThat(c.meta().value("ratified")).isEqualTo("2025-06-13");
        assertThat(c.meta().value("last_amended")).isEqualTo("2025-07-16");
        assertThat(c.meta().get("version").orElseThrow().rawKey()).isEqualTo("バージョン");
        assertThat(c.meta().get("version").orElseThrow().source()).isEqualTo(MetaSource.VERSION_LINE);
        assertThat(FullFeatureTest.items(c, SpecKitItem.Type.SYNC_REPORT)).hasSize(1);
    }

    @Test
    void japaneseSpecTitleStatusStoriesAndMarkers() {
        Node spec = REPO.node("001-カート");
        assertThat(spec.title()).isEqualTo("カート");
        assertThat(spec.status()).isEqualTo("下書き");
        assertThat(spec.meta().get("status").orElseThrow().line()).isEqualTo(5);
        assertThat(spec.meta().value("created")).isEqualTo("2026-01-20");
        assertThat(spec.meta().value("input")).isEqualTo("ユーザー説明: \"本をカートに入れて購入できるようにする\"");
        assertThat(spec.meta().get("input").orElseThrow().rawKey()).isEqualTo("入力");
        assertThat(spec.meta().value("feature_branch")).isEqualTo("001-カート");
        assertThat(spec.parts().get(SpecKitStory.class))
                .extracting(SpecKitStory::number, SpecKitStory::title, SpecKitStory::priority)
                .containsExactly(tuple(1, "本をカートに追加", "P1"));
        assertThat(FullFeatureTest.items(spec, SpecKitItem.Type.REQUIREMENT)).extracting(SpecKitItem::id)
                .containsExactly("FR-001", "FR-002");
        assertThat(FullFeatureTest.items(spec, SpecKitItem.Type.ACCEPTANCE)).extracting(SpecKitItem::line,
                SpecKitItem::id).containsExactly(tuple(16, "US1"));
        assertThat(FullFeatureTest.items(spec, SpecKitItem.Type.CLARIFICATION))
                .extracting(SpecKitItem::line, SpecKitItem::column, SpecKitItem::text)
                .containsExactly(tuple(23, 21, "[NEEDS CLARIFICATION: 上限冊数は?]"));
    }

    @Test
    void chineseSpecWithFullWidthColonTitle() {
        Node spec = REPO.node("002-搜索");
        assertThat(spec.title()).isEqualTo("图书搜索");
        assertThat(spec.status()).isEqualTo("草稿");
        assertThat(spec.meta().value("input")).isEqualTo("用户描述：\"按书名和作者搜索图书\"");
        assertThat(spec.parts().get(SpecKitStory.class)).extracting(SpecKitStory::number, SpecKitStory::priority)
                .containsExactly(tuple(1, "P1"));
    }

    @Test
    void cjkTasksKeepIdsMarkersAndText() {
        assertThat(REPO.node("001-カート/tasks").parts().get(TaskItem.class))
                .extracting(TaskItem::taskId, TaskItem::done, TaskItem::parallel, TaskItem::story, TaskItem::text)
                .containsExactly(tuple("T001", false, false, null, "カートモジュールを作成 src/cart/"),
                        tuple("T002", true, true, "US1", "追加ボタンを実装 src/cart/AddButton.tsx"));
        assertThat(REPO.node("002-搜索/tasks").parts().get(TaskItem.class)).extracting(TaskItem::story)
                .containsExactly("US1");
    }
}
