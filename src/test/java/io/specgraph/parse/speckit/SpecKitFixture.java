package io.specgraph.parse.speckit;

import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.model.RepoRole;
import io.specgraph.model.RepoSpec;
import io.specgraph.parse.ReadResult;
import io.specgraph.parse.RepoPlan;
import io.specgraph.parse.RepoReader;
import io.specgraph.parse.Unit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/** A fixture repo read end to end with {@link RepoReader#standard()}. */
record SpecKitFixture(RepoPlan plan, List<Node> nodes, List<Finding> findings) {

    static final Path ROOT = Path.of("src/test/resources/fixtures/speckit").toAbsolutePath();

    static SpecKitFixture read(String name) {
        return read(ROOT.resolve(name), null);
    }

    static SpecKitFixture read(String name, RepoRole role) {
        return read(ROOT.resolve(name), role);
    }

    static SpecKitFixture read(Path dir, RepoRole role) {
        RepoSpec spec = new RepoSpec(dir.getFileName().toString(), role, dir, null, null, null, List.of());
        RepoReader reader = RepoReader.standard();
        RepoPlan plan = reader.plan(spec);
        Map<Unit, ReadResult> results = reader.readAll(plan);
        List<Node> nodes = new ArrayList<>();
        List<Finding> findings = new ArrayList<>(plan.findings());
        for (ReadResult r : results.values()) {
            nodes.addAll(r.nodes());
            findings.addAll(r.findings());
        }
        nodes.sort(Comparator.comparing(Node::id));
        findings.sort(Finding.ORDER);
        return new SpecKitFixture(plan, nodes, findings);
    }

    Node node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(id + " not in " + ids()));
    }

    List<String> ids() {
        return nodes.stream().map(Node::id).toList();
    }

    List<Finding> findings(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }
}
