package io.specgraph.parse.speckit;

import io.specgraph.model.FanOutTask;
import io.specgraph.model.Layout;
import io.specgraph.model.NodeKind;
import io.specgraph.model.RepoRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The seeds' small-team variant (seed 001 §4): platform and component specs side by side in one spec-kit repo. */
class SmallTeamTest {

    @Test
    void readsPlatformAndComponentSpecsSideBySide() {
        SpecKitFixture repo = SpecKitFixture.read("small-team");
        assertThat(repo.plan().info().layouts()).contains(Layout.SPEC_KIT).doesNotContain(Layout.SEED_COMPONENT);
        assertThat(repo.ids()).contains("001-platform-spec", "001-platform-spec/plan", "001-platform-spec/tasks",
                "002-cart-component", "003-explicit-kind", "constitution", "cart", "payments");
        assertThat(repo.findings()).isEmpty();
    }

    @Test
    void kindComesFromImplementsElseTheRepoRoleAndExplicitKindWins() {
        SpecKitFixture component = SpecKitFixture.read("small-team");
        assertThat(component.plan().info().role()).isEqualTo(RepoRole.COMPONENT);
        assertThat(component.node("002-cart-component").kind()).isEqualTo(NodeKind.COMPONENT_SPEC);
        assertThat(component.node("001-platform-spec").kind()).isEqualTo(NodeKind.COMPONENT_SPEC);
        assertThat(component.node("003-explicit-kind").kind()).isEqualTo(NodeKind.PLATFORM_SPEC);

        SpecKitFixture platform = SpecKitFixture.read("small-team", RepoRole.PLATFORM);
        assertThat(platform.node("001-platform-spec").kind()).isEqualTo(NodeKind.PLATFORM_SPEC);
        assertThat(platform.node("002-cart-component").kind()).isEqualTo(NodeKind.COMPONENT_SPEC);
        assertThat(platform.node("003-explicit-kind").kind()).isEqualTo(NodeKind.PLATFORM_SPEC);
    }

    @Test
    void seedMetadataSectionIsReadInASpecKitFeature() {
        SpecKitFixture repo = SpecKitFixture.read("small-team");
        var platform = repo.node("001-platform-spec");
        assertThat(platform.version()).isEqualTo("v1");
        assertThat(platform.status()).isEqualTo("Approved");
        assertThat(platform.meta().items("children")).containsExactly("002-cart-component");
        assertThat(platform.meta().items("affects")).containsExactly("cart", "payments");
        var component = repo.node("002-cart-component");
        assertThat(component.meta().items("implements")).containsExactly("001-platform-spec v1");
        assertThat(component.meta().value("context_pack")).isEqualTo("cp-checkout v2");
        assertThat(component.status()).isEqualTo("Draft");
        assertThat(component.meta().items("blocked_by")).isEmpty();
    }

    @Test
    void fanOutTasksOfThePlatformSpecAreRead() {
        SpecKitFixture repo = SpecKitFixture.read("small-team");
        assertThat(repo.node("001-platform-spec/tasks").parts().get(FanOutTask.class))
                .extracting(t -> t.fields().value("component_repo"), t -> t.fields().value("platform_spec_id"))
                .containsExactly(tuple("cart", "001-platform-spec"));
    }

    @Test
    void domainsLiveInSpecifyMemory() {
        SpecKitFixture repo = SpecKitFixture.read("small-team");
        assertThat(repo.node("cart").kind()).isEqualTo(NodeKind.DOMAIN);
        assertThat(repo.node("payments").title()).isEqualTo("Payments domain");
    }
}
