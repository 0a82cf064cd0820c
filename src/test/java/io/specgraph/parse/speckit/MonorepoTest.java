package io.specgraph.parse.speckit;

import io.specgraph.model.Layout;
import io.specgraph.model.NodeKind;
import io.specgraph.model.SpecKitLink;
import io.specgraph.parse.FileIndex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MonorepoTest {

    private static final SpecKitFixture REPO = SpecKitFixture.read("monorepo");

    @Test
    void findsEveryProjectHoldingSpecify() {
        SpecKitProjects projects = SpecKitProjects.of(FileIndex.walk(SpecKitFixture.ROOT.resolve("monorepo")));
        assertThat(projects.roots()).containsExactly("apps/web", "services/api");
        assertThat(projects.projectOf("apps/web/specs/001-login/spec.md")).isEqualTo("apps/web");
        assertThat(projects.projectOf("docs/spec.md")).isNull();
        assertThat(REPO.plan().info().layouts()).contains(Layout.SPEC_KIT);
    }

    @Test
    void idsArePrefixedWithTheProjectFolderSoTheyStayUnique() {
        assertThat(REPO.ids()).containsExactly("API-TOKENS", "apps/web/001-login", "apps/web/001-login/plan",
                "apps/web/001-login/tasks", "apps/web/accounts", "apps/web/constitution", "services/api/001-login",
                "services/api/001-login/plan", "services/api/001-login/tasks", "services/api/accounts",
                "services/api/constitution");
        assertThat(REPO.node("apps/web/constitution").title()).isEqualTo("Web Constitution");
        assertThat(REPO.node("services/api/001-login").title()).isEqualTo("API login");
        assertThat(REPO.node("services/api/accounts").kind()).isEqualTo(NodeKind.DOMAIN);
        assertThat(REPO.node("services/api/001-login/tasks").meta().value("attached_to"))
                .isEqualTo("services/api/001-login");
        assertThat(REPO.findings()).isEmpty();
    }

    @Test
    void filesOutsideEveryProjectAreNotRead() {
        assertThat(REPO.nodes()).extracting(n -> n.path()).doesNotContain("docs/spec.md", "README.md");
    }

    @Test
    void projectRelativeLinksResolveAgainstTheirProject() {
        assertThat(REPO.node("apps/web/001-login").parts().get(SpecKitLink.class))
                .extracting(SpecKitLink::resolved, SpecKitLink::status)
                .containsExactly(tuple("apps/web/specs/001-login/plan.md", SpecKitLink.Status.FOUND),
                        tuple("apps/web/.specify/memory/constitution.md", SpecKitLink.Status.ROOT_RELATIVE));
    }
}
