package io.specgraph.parse.seed;

import io.specgraph.model.FanOutTask;
import io.specgraph.model.Finding;
import io.specgraph.model.Keys;
import io.specgraph.model.Layout;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.RepoRole;
import io.specgraph.model.RepoSpec;
import io.specgraph.model.TaskItem;
import io.specgraph.parse.ContextReader;
import io.specgraph.parse.ReadResult;
import io.specgraph.parse.RepoPlan;
import io.specgraph.parse.RepoReader;
import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

class SeedReaderTest {

    private static final RepoReader READER = RepoReader.standard();

    record Read(RepoPlan plan, List<Node> nodes, List<Finding> findings) {
        Node node(String id) {
            return nodes.stream().filter(n -> n.id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + id + " in " + nodes.stream().map(Node::id).toList()));
        }
    }

    static Read read(String fixture) throws URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(SeedReaderTest.class.getResource("/fixtures/seed/" + fixture)).toURI());
        RepoPlan plan = READER.plan(RepoSpec.ofFolder(dir));
        List<Node> nodes = new ArrayList<>();
        List<Finding> findings = new ArrayList<>(plan.findings());
        for (Map.Entry<io.specgraph.parse.Unit, ReadResult> e : READER.readAll(plan).entrySet()) {
            nodes.addAll(e.getValue().nodes());
            findings.addAll(e.getValue().findings());
        }
        return new Read(plan, nodes, findings);
    }

    @Test
    void detectsThePlatformLayoutAndRole() throws Exception {
        Read r = read("platform");
        assertThat(r.plan().info().role()).isEqualTo(RepoRole.PLATFORM);
        assertThat(r.plan().info().layouts()).contains(Layout.SEED_PLATFORM);
    }

    @Test
    void readsTheConstitutionFolderAsOneNodeWithItsVersionLine() throws Exception {
        Node c = read("platform").node("constitution");
        assertThat(c.kind()).isEqualTo(NodeKind.CONSTITUTION);
        assertThat(c.path()).isEqualTo("constitution/constitution.md");
        assertThat(c.files()).containsExactly("constitution/constitution.md", "constitution/security.md");
    }

    @Test
    void readsInitiativesButNotTheirIndex() throws Exception {
        Read r = read("platform");
        Node eco = r.node("ECO-7");
        assertThat(eco.kind()).isEqualTo(NodeKind.INITIATIVE);
        assertThat(eco.status()).isEqualTo("Discovery");
        assertThat(eco.title()).isEqualTo("ECO-7 Search everything");
        assertThat(r.nodes()).noneMatch(n -> n.path().endsWith("README.md"));
    }

    @Test
    void readsAPlatformSpecFolderWithPlanAndTasksAttached() throws Exception {
        Read r = read("platform");
        Node spec = r.node("PLAT-7");
        assertThat(spec.kind()).isEqualTo(NodeKind.PLATFORM_SPEC);
        assertThat(spec.version()).isEqualTo("v2");
        assertThat(spec.meta().items(Keys.CHILDREN)).containsExactly("SPEC-INV-01", "SPEC-INV-02");
        assertThat(r.node("PLAT-7/plan").kind()).isEqualTo(NodeKind.PLAN);
        assertThat(r.node("PLAT-7/plan").meta().value(Keys.ATTACHED_TO)).isEqualTo("PLAT-7");
        assertThat(r.node("PLAT-7/tasks").kind()).isEqualTo(NodeKind.TASKS);
        assertThat(r.node("PLAT-8").version()).isEqualTo("1.0.0");
    }

    @Test
    void readsFanOutTasksFromBulletsAndFromATable() throws Exception {
        Node tasks = read("platform").node("PLAT-7/tasks");
        List<TaskItem> items = tasks.parts().get(TaskItem.class);
        assertThat(items).extracting(TaskItem::taskId).containsExactly("T010", "T011");
        assertThat(items.get(0).parallel()).isTrue();
        assertThat(items.get(1).done()).isTrue();
        List<FanOutTask> fan = tasks.parts().get(FanOutTask.class);
        assertThat(fan).extracting(FanOutTask::taskId).containsExactly("T010", "T011", "T020", "T021");
        assertThat(fan.get(0).componentRepo()).isEqualTo("inventory");
        assertThat(fan.get(0).platformSpecId()).isEqualTo("PLAT-7 v2");
        assertThat(fan.get(0).contextPackVersion()).isEqualTo("cp-search v1");
        assertThat(fan.get(0).contractChange()).isEqualTo("no");
        assertThat(fan.get(0).blockedBy()).isEmpty();
        assertThat(fan.get(1).componentRepo()).isEqualTo("platform");
        assertThat(fan.get(1).blockedBy()).containsExactly("ADR-12", "ADR-13");
        assertThat(fan.get(3).line()).isEqualTo(22);
        assertThat(fan.get(3).componentRepo()).isEqualTo("inventory");
        assertThat(fan.get(2).blockedBy()).isEmpty();
        assertThat(fan.get(3).blockedBy()).containsExactly("ADR-12");
    }

    @Test
    void readsContractsButLeavesNonMarkdownFilesAlone() throws Exception {
        Read r = read("platform");
        Node c = r.node("CONTRACT-30");
        assertThat(c.kind()).isEqualTo(NodeKind.CONTRACT);
        assertThat(c.meta().items(Keys.CONSUMERS)).containsExactly("inventory", "orders");
        assertThat(r.nodes()).noneMatch(n -> n.path().endsWith(".yaml") && n.kind() == NodeKind.CONTRACT);
        assertThat(r.nodes()).noneMatch(n -> n.path().startsWith("templates/"));
    }

    @Test
    void readsDomainsAndContextPacksInMarkdownOrYaml() throws Exception {
        Read r = read("platform");
        assertThat(r.node("inventory").kind()).isEqualTo(NodeKind.DOMAIN);
        Node pack = r.node("cp-search");
        assertThat(pack.kind()).isEqualTo(NodeKind.CONTEXT_PACK);
        assertThat(pack.version()).isEqualTo("v1");
        assertThat(pack.meta().items(Keys.SOURCES)).containsExactly("Platform MCP v3", "Domain MCP v1");
        assertThat(r.findings()).filteredOn(f -> f.rule().equals(ContextReader.PACK_INCOMPLETE))
                .extracting(Finding::path).containsExactly("context/cp-legacy.md");
        assertThat(r.findings()).filteredOn(f -> f.rule().equals(ContextReader.PACK_NO_SOURCES))
                .extracting(Finding::path).containsExactly("context/cp-legacy.md");
    }

    @Test
    void readsTheComponentLayoutWithItsComponentContext() throws Exception {
        Read r = read("component");
        assertThat(r.plan().info().role()).isEqualTo(RepoRole.COMPONENT);
        assertThat(r.plan().info().layouts()).contains(Layout.SEED_COMPONENT, Layout.ADR);
        assertThat(r.plan().info().component()).isEqualTo("inventory");
        assertThat(r.plan().info().domain()).isEqualTo("inventory");
        Node spec = r.node("SPEC-INV-01");
        assertThat(spec.kind()).isEqualTo(NodeKind.COMPONENT_SPEC);
        assertThat(spec.meta().value(Keys.IMPLEMENTS)).isEqualTo("PLAT-7 v2");
        assertThat(spec.meta().get(Keys.IMPLEMENTS).orElseThrow().line()).isEqualTo(5);
    }

    @Test
    void readsSpecFoldersAndTellsBugsAndHotfixesApart() throws Exception {
        Read r = read("component");
        Node folder = r.node("SPEC-INV-02");
        assertThat(folder.path()).isEqualTo("specs/SPEC-INV-02/spec.md");
        assertThat(folder.files()).contains("specs/SPEC-INV-02/notes.md");
        assertThat(r.node("INV-BUG-3").kind()).isEqualTo(NodeKind.BUG);
        assertThat(r.node("BUG-9").kind()).isEqualTo(NodeKind.BUG);
        Node hotfix = r.node("HOTFIX-02");
        assertThat(hotfix.kind()).isEqualTo(NodeKind.HOTFIX);
        assertThat(hotfix.meta().value(Keys.FOLLOW_UP)).isEqualTo("SPEC-INV-01");
        assertThat(r.node("CONTRACT-31").kind()).isEqualTo(NodeKind.CONTRACT);
        assertThat(r.nodes()).noneMatch(n -> n.path().equals("specs/SPEC-INV-02/notes.md") && n.id().equals("notes"));
    }

    @Test
    void cleanFixturesGiveNoReadFindings() throws Exception {
        assertThat(read("component").findings()).isEmpty();
        assertThat(read("platform").findings()).allMatch(f -> f.rule().startsWith("CTX"));
    }
}
