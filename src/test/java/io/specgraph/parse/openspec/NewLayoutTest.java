package io.specgraph.parse.openspec;

import io.specgraph.model.Layout;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.OpenSpecBlock;
import io.specgraph.model.OpenSpecChange;
import io.specgraph.model.OpenSpecDelta;
import io.specgraph.model.OpenSpecProject;
import io.specgraph.model.OpenSpecSpec;
import io.specgraph.model.OpenSpecTaskFile;
import io.specgraph.model.TaskItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The current OpenSpec layout: {@code config.yaml}, no {@code project.md}, nested capabilities. */
class NewLayoutTest {

    private final Fixtures.Read read = Fixtures.read("new-layout");

    @Test
    void detectsOpenSpecAndReadsEveryCapabilityAndChange() {
        assertThat(read.plan().info().layouts()).contains(Layout.OPENSPEC);
        assertThat(read.nodes().keySet()).containsExactlyInAnyOrder("auth", "payments/checkout", "add-two-factor",
                "2025-01-10-add-session-timeout");
        assertThat(read.findings()).isEmpty();
    }

    @Test
    void capabilityIdIsThePathUnderSpecsAndTitleTheFirstHeading() {
        Node auth = read.node("auth");
        assertThat(auth.kind()).isEqualTo(NodeKind.CAPABILITY);
        assertThat(auth.path()).isEqualTo("openspec/specs/auth/spec.md");
        assertThat(auth.title()).isEqualTo("auth Specification");
        assertThat(read.node("payments/checkout").title()).isEqualTo("payments/checkout Specification");
    }

    @Test
    void parsesPurposeRequirementsScenariosAndBlocksWithLines() {
        OpenSpecSpec spec = read.node("auth").parts().get(OpenSpecSpec.class).get(0);
        assertThat(spec.purpose()).startsWith("Authentication and session management");
        assertThat(spec.purposeLine()).isEqualTo(3);
        assertThat(spec.requirementsLine()).isEqualTo(6);
        assertThat(spec.requirements()).extracting(r -> r.title())
                .containsExactly("Requirement: User Authentication", "Requirement: Session Timeout");
        assertThat(spec.requirements().get(0).text())
                .isEqualTo("The system SHALL issue a session token upon successful login.");
        assertThat(spec.requirements().get(0).scenarios()).extracting(s -> s.name())
                .containsExactly("Valid credentials", "Invalid credentials");
        assertThat(spec.requirements().get(0).scenarios().get(1).line()).isEqualTo(15);
        OpenSpecBlock timeout = spec.blocks().get(1);
        assertThat(timeout.name()).isEqualTo("Session Timeout");
        assertThat(timeout.line()).isEqualTo(19);
        assertThat(timeout.scenarioNames()).containsExactly("Idle session");
        assertThat(spec.structureIssues()).isEmpty();
        assertThat(spec.placeholder()).isFalse();
        assertThat(spec.parseFails()).isFalse();
    }

    @Test
    void readsChangeWithDeltasTasksMetadataAndModifies() {
        Node change = read.node("add-two-factor");
        assertThat(change.kind()).isEqualTo(NodeKind.CHANGE);
        assertThat(change.path()).isEqualTo("openspec/changes/add-two-factor/proposal.md");
        assertThat(change.title()).isEqualTo("Add two-factor authentication");
        assertThat(change.files()).hasSize(5);
        assertThat(change.meta().items(ChangeReader.MODIFIES)).containsExactly("auth");
        assertThat(change.meta().value("created")).isEqualTo("2025-02-03");
        assertThat(change.meta().get("created").orElseThrow().line()).isEqualTo(2);
        OpenSpecChange c = change.parts().get(OpenSpecChange.class).get(0);
        assertThat(c.archived()).isFalse();
        assertThat(c.schema()).isEqualTo("spec-driven");
        assertThat(c.schemaFound()).isTrue();
        assertThat(c.meta().valid()).isTrue();
        assertThat(c.proposal().why()).startsWith("Accounts are protected");
        assertThat(c.proposal().whatChangesLine()).isEqualTo(6);
        OpenSpecDelta delta = change.parts().get(OpenSpecDelta.class).get(0);
        assertThat(delta.entryPath()).isEqualTo("auth/spec.md");
        assertThat(delta.file()).isEqualTo(OpenSpecDelta.DeltaFile.CAPABILITY_SPEC);
        assertThat(delta.added()).extracting(OpenSpecBlock::name).containsExactly("Two-Factor Login");
        assertThat(delta.added().get(0).line()).isEqualTo(2);
        assertThat(delta.added().get(0).scenarioCount()).isEqualTo(1);
        assertThat(delta.modified()).extracting(OpenSpecBlock::name).containsExactly("Session Timeout");
        assertThat(delta.modified().get(0).line()).isEqualTo(10);
        OpenSpecTaskFile tasks = change.parts().get(OpenSpecTaskFile.class).get(0);
        assertThat(tasks.tracked()).isTrue();
        assertThat(tasks.total()).isEqualTo(3);
        assertThat(tasks.completed()).isEqualTo(1);
        assertThat(tasks.tasks().get(2).taskId()).isEqualTo("2.1");
        assertThat(tasks.tasks().get(2).group()).isEqualTo("2");
        assertThat(change.parts().get(TaskItem.class)).hasSize(3);
        OpenSpecProject project = change.parts().get(OpenSpecProject.class).get(0);
        assertThat(project.config().schema()).isEqualTo("spec-driven");
        assertThat(project.config().context()).contains("PostgreSQL");
        assertThat(project.config().rules()).containsKey("proposal");
        assertThat(project.config().projectMd()).isNull();
    }

    @Test
    void archivedChangeKeepsItsNameAndDate() {
        Node archived = read.node("2025-01-10-add-session-timeout");
        assertThat(archived.meta().value(ChangeReader.ARCHIVED)).isEqualTo("true");
        assertThat(archived.meta().value(ChangeReader.CHANGE_NAME)).isEqualTo("add-session-timeout");
        assertThat(archived.meta().value(ChangeReader.ARCHIVE_DATE)).isEqualTo("2025-01-10");
        assertThat(archived.title()).isEqualTo("Add session timeout");
        OpenSpecChange c = archived.parts().get(OpenSpecChange.class).get(0);
        assertThat(c.archived()).isTrue();
        assertThat(c.name()).isEqualTo("add-session-timeout");
        assertThat(c.modifies()).containsExactly("auth");
    }
}
