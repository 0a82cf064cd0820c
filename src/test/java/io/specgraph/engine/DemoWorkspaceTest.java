package io.specgraph.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.specgraph.graph.SpecGraph;
import io.specgraph.model.Edge;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The built-in demo, read back, against the hand-written oracle {@code demo-expectations.json}. */
class DemoWorkspaceTest {

    /** Format-rule families whose ids the readers and validators choose (asserted by their own tests). */
    private static final List<String> FORMAT_FAMILIES = List.of("ADR", "SK", "OS");

    @TempDir
    static Path dir;
    private static SpecGraph graph;
    private static Workspace workspace;
    private static JsonNode oracle;

    @BeforeAll
    static void writeAndLoad() throws Exception {
        Demo.Result r = Demo.write(dir.resolve("demo"));
        workspace = Workspace.load(Targets.resolve(List.of(r.dir()), null));
        graph = workspace.graph();
        try (InputStream in = DemoWorkspaceTest.class.getResourceAsStream("/demo-expectations.json")) {
            oracle = new ObjectMapper().readTree(in);
        }
    }

    @Test
    void writesFourGitReposWithBareRemotesAndAWorkspaceFile() {
        for (String repo : List.of("platform", "cart", "payments", "shipping")) {
            assertThat(dir.resolve("demo").resolve(repo).resolve(".git")).isDirectory();
            assertThat(dir.resolve("demo/remotes").resolve(repo + ".git").resolve("HEAD")).isRegularFile();
        }
        assertThat(dir.resolve("demo/workspace.json")).isRegularFile();
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws Exception {
        Path busy = Files.createDirectories(dir.resolve("busy"));
        Files.writeString(busy.resolve("x.txt"), "mine");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Demo.write(busy)))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("not an empty folder");
        assertThat(Files.readString(busy.resolve("x.txt"))).isEqualTo("mine");
    }

    @Test
    void everyExpectedNodeIsReadWithItsKindStatusStateAndPath() {
        SoftAssertions soft = new SoftAssertions();
        Iterator<Map.Entry<String, JsonNode>> it = oracle.path("nodes").properties().iterator();
        Set<String> expectedKeys = new TreeSet<>();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            expectedKeys.add(e.getKey());
            Node n = graph.node(e.getKey()).orElse(null);
            soft.assertThat(n).as(e.getKey()).isNotNull();
            if (n == null) {
                continue;
            }
            JsonNode x = e.getValue();
            soft.assertThat(n.kind().label()).as(e.getKey() + " kind").isEqualTo(x.path("kind").asText());
            soft.assertThat(n.path()).as(e.getKey() + " path").isEqualTo(x.path("path").asText());
            soft.assertThat(n.status()).as(e.getKey() + " status").isEqualTo(text(x, "status"));
            soft.assertThat(n.state() == null ? null : n.state().label()).as(e.getKey() + " state")
                    .isEqualTo(text(x, "state"));
            if (x.has("version")) {
                soft.assertThat(n.version()).as(e.getKey() + " version").isEqualTo(text(x, "version"));
            }
        }
        soft.assertThat(graph.nodes().stream().map(Node::key).toList()).as("no unexpected nodes")
                .containsExactlyInAnyOrderElementsOf(expectedKeys);
        soft.assertAll();
    }

    @Test
    void everyExpectedEdgeBetweenNodesExists() {
        Set<String> actual = new HashSet<>();
        for (Edge e : graph.edges()) {
            actual.add(e.from() + " -" + e.kind().label() + "-> " + e.to());
        }
        SoftAssertions soft = new SoftAssertions();
        for (JsonNode e : oracle.path("edges")) {
            String to = e.path("to").asText();
            String from = e.path("from").asText();
            // Component repos are not nodes: a contract's consumers stay on the contract (docs/model.md).
            boolean notANode = from.startsWith("repo:") || to.startsWith("api:") || to.startsWith("event:");
            if (notANode || !e.path("resolved").asBoolean(true) || e.path("optional").asBoolean(false)) {
                continue;
            }
            String key = from + " -" + e.path("kind").asText() + "-> " + to;
            soft.assertThat(actual).as("edge").contains(key);
        }
        soft.assertAll();
    }

    @Test
    void everyRuleFiresExactlyWhereTheOracleSays() {
        SoftAssertions soft = new SoftAssertions();
        Iterator<Map.Entry<String, JsonNode>> it = oracle.path("nodes").properties().iterator();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            Set<String> optional = new TreeSet<>();
            e.getValue().path("optionalRules").forEach(r -> optional.add(r.asText()));
            Set<String> expected = new TreeSet<>();
            e.getValue().path("rules").forEach(r -> {
                if (counts(r.asText()) && !optional.contains(r.asText())) {
                    expected.add(r.asText());
                }
            });
            Node n = graph.node(e.getKey()).orElse(null);
            if (n == null) {
                continue;
            }
            Set<String> actual = new TreeSet<>();
            for (Finding f : workspace.findings()) {
                if (n.id().equals(f.node()) && n.repo().equals(f.repo()) && counts(f.rule())
                        && !optional.contains(f.rule())) {
                    actual.add(f.rule());
                }
            }
            soft.assertThat(actual).as(e.getKey()).isEqualTo(expected);
        }
        soft.assertAll();
    }

    @Test
    void everyGateVerdictIsTheOraclesVerdict() {
        SoftAssertions soft = new SoftAssertions();
        Iterator<Map.Entry<String, JsonNode>> it = oracle.path("nodes").properties().iterator();
        int checked = 0;
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode gates = e.getValue().path("gates");
            if (gates.isMissingNode()) {
                continue;
            }
            Map<io.specgraph.model.Gate, io.specgraph.graph.gate.Verdict> actual = workspace.gates().verdicts()
                    .getOrDefault(e.getKey(), Map.of());
            Map<String, String> actualByLabel = new java.util.TreeMap<>();
            actual.forEach((g, v) -> actualByLabel.put(g.label(), v.label()));
            Map<String, String> expected = new java.util.TreeMap<>();
            gates.properties().forEach(g -> expected.put(g.getKey(), g.getValue().asText()));
            soft.assertThat(actualByLabel).as(e.getKey()).isEqualTo(expected);
            checked++;
        }
        soft.assertThat(checked).isGreaterThan(20);
        soft.assertAll();
    }

    @Test
    void historyRulesSeeTheReplayedCommits() {
        assertThat(workspace.findings()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("LC5");
            assertThat(f.repo()).isEqualTo("cart");
            assertThat(f.path()).isEqualTo("specs/SPEC-CART-03-guest-wishlist.md");
        });
    }

    private static boolean counts(String rule) {
        return FORMAT_FAMILIES.stream().noneMatch(rule::startsWith);
    }

    @Test
    void fanOutTasksAreReadFromBulletsAndTable() {
        JsonNode expected = oracle.path("nodes").path("platform/PLAT-124/tasks").path("fanOut");
        List<io.specgraph.model.FanOutTask> actual = graph.node("platform/PLAT-124/tasks").orElseThrow()
                .parts().get(io.specgraph.model.FanOutTask.class);
        assertThat(actual).hasSize(expected.size()).hasSize(7);
        for (int i = 0; i < expected.size(); i++) {
            JsonNode x = expected.get(i);
            io.specgraph.model.FanOutTask t = actual.get(i);
            assertThat(t.taskId()).isEqualTo(x.path("task").asText());
            assertThat(t.line()).isEqualTo(x.path("line").asInt());
            assertThat(t.componentRepo()).isEqualTo(x.path("component_repo").asText());
            assertThat(t.platformSpecId()).isEqualTo(x.path("platform_spec_id").asText());
            assertThat(t.contextPackVersion()).isEqualTo(x.path("context_pack_version").asText());
            assertThat(t.contractChange()).isEqualTo(x.path("contract_change").asText());
            List<String> blocked = new java.util.ArrayList<>();
            x.path("blocked_by").forEach(b -> blocked.add(b.asText()));
            assertThat(t.blockedBy()).containsExactlyElementsOf(blocked);
        }
    }

    @Test
    void cleanInputGivesNoReadFindings() {
        assertThat(graph.findings()).filteredOn(f -> f.rule().startsWith("RD") || f.rule().startsWith("CTX")
                || f.rule().equals("SK7")).isEmpty();
    }

    private static String text(JsonNode x, String field) {
        JsonNode v = x.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
