package io.specgraph.parse.openspec;

import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.model.RepoSpec;
import io.specgraph.parse.ReadResult;
import io.specgraph.parse.RepoPlan;
import io.specgraph.parse.RepoReader;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads fixture repos under {@code fixtures/openspec/} end to end. */
final class Fixtures {

    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Objects.requireNonNull(Fixtures.class.getResource("/fixtures/openspec/" + name),
                    name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What reading a repo gave: nodes by id, and all findings. */
    record Read(RepoPlan plan, Map<String, Node> nodes, List<Finding> findings) {
        Node node(String id) {
            Node n = nodes.get(id);
            if (n == null) {
                throw new AssertionError("no node " + id + " among " + nodes.size() + " nodes");
            }
            return n;
        }
    }

    static Read read(String name) {
        return read(path(name));
    }

    static Read read(Path folder) {
        RepoReader reader = RepoReader.standard();
        RepoPlan plan = reader.plan(RepoSpec.ofFolder(folder));
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>(plan.findings());
        for (ReadResult r : reader.readAll(plan).values()) {
            r.nodes().forEach(n -> nodes.put(n.id(), n));
            findings.addAll(r.findings());
        }
        return new Read(plan, nodes, findings);
    }
}
