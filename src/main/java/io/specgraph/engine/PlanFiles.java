package io.specgraph.engine;

import io.specgraph.model.Layout;
import io.specgraph.parse.DocumentSource;
import io.specgraph.parse.RepoPlan;
import io.specgraph.parse.SpecGraphJson;
import io.specgraph.parse.adr.AdrCatalog;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files a repo's plan depends on: what planning reads besides the file list. An edit of one of them may change
 * the units, the component or domain of the repo, the ADR ids, the drift file or the policy, so it is handled by a
 * full reload (ADR 0007): the component description ({@code context/component.*}), {@code spec-graph.json}, the
 * gates policy file, and the files ADR numbering reads ({@code .adr-dir} files, ADRs sharing a number, the sample
 * that confirms an ADR folder found by its content).
 */
final class PlanFiles {

    private static final List<String> COMPONENT = List.of("context/component.yaml", "context/component.yml",
            "context/component.md");

    private final Set<String> adrReads;

    private PlanFiles(Set<String> adrReads) {
        this.adrReads = Set.copyOf(adrReads);
    }

    /** The plan files of {@code plan}, the ADR catalog read again from {@code docs} to see what it reads. */
    static PlanFiles of(RepoPlan plan, DocumentSource docs) {
        Set<String> reads = new HashSet<>();
        if (plan.context().has(Layout.ADR)) {
            AdrCatalog.build(plan.context().files(), plan.context().adrDirs(), rel -> {
                synchronized (reads) {
                    reads.add(rel);
                }
                return docs.load(rel);
            });
        }
        return new PlanFiles(reads);
    }

    /** Why an edit of {@code path} needs the repo planned again, or null when it does not. */
    String reason(String path) {
        if (PolicyFile.LOCATIONS.contains(path)) {
            return "the gates policy file " + path + " changed";
        }
        if (path.equals(SpecGraphJson.FILE_NAME)) {
            return "spec-graph.json is read when the repo is planned";
        }
        if (COMPONENT.contains(path)) {
            return "the component description " + path + " is read when the repo is planned";
        }
        if (adrReads.contains(path)) {
            return "ADR folders and ids depend on " + path;
        }
        return null;
    }
}
