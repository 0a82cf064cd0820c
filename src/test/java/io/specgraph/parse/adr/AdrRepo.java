package io.specgraph.parse.adr;

import io.specgraph.model.AdrInfo;
import io.specgraph.model.AdrLink;
import io.specgraph.model.Finding;
import io.specgraph.model.Layout;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
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

/** A fixture repo under {@code fixtures/adr/} read end to end, with lookups for tests. */
final class AdrRepo {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures/adr");

    final RepoPlan plan;
    final List<Node> nodes = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();

    private AdrRepo(RepoSpec spec) {
        RepoReader reader = RepoReader.standard();
        plan = reader.plan(spec);
        findings.addAll(plan.findings());
        Map<Unit, ReadResult> results = reader.readAll(plan);
        results.values().forEach(r -> {
            nodes.addAll(r.nodes());
            findings.addAll(r.findings());
        });
        nodes.sort(Comparator.comparing(Node::path));
        findings.sort(Finding.ORDER);
    }

    static AdrRepo read(String name) {
        return new AdrRepo(RepoSpec.ofFolder(FIXTURES.resolve(name)));
    }

    static AdrRepo read(Path folder, List<String> adrDirs) {
        RepoSpec base = RepoSpec.ofFolder(folder);
        return new AdrRepo(new RepoSpec(base.name(), null, base.path(), null, null, null, adrDirs));
    }

    /** The ADR nodes, in path order. */
    List<Node> adrs() {
        return nodes.stream().filter(n -> n.layout() == Layout.ADR).toList();
    }

    List<String> adrIds() {
        return adrs().stream().map(Node::id).toList();
    }

    Node id(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(id + " in " + adrIds()));
    }

    Node path(String path) {
        return nodes.stream().filter(n -> n.path().equals(path)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(path));
    }

    List<Finding> findings(String rule) {
        return findings.stream().filter(f -> f.rule().equals(rule)).toList();
    }

    List<Finding> findingsOn(String nodeId) {
        return findings.stream().filter(f -> nodeId.equals(f.node())).toList();
    }

    static AdrInfo info(Node n) {
        return n.parts().get(AdrInfo.class).get(0);
    }

    static List<AdrLink> links(Node n) {
        return n.parts().get(AdrLink.class);
    }

    static MetaValue meta(Node n, String key) {
        return n.meta().get(key).orElseThrow(() -> new NoSuchElementException(key + " on " + n.id()));
    }

    /** The exact text a value's span covers in the node's file. */
    static String spanText(Node n, MetaValue v) {
        return n.content().line(v.line()).substring(v.column() - 1, v.column() - 1 + v.span().length());
    }
}
