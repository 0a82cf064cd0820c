package io.specgraph.engine.view.commit;

import io.specgraph.engine.Files2;
import io.specgraph.engine.Workspace;
import io.specgraph.graph.SpecGraphFiles;
import io.specgraph.model.RepoRole;
import io.specgraph.model.RepoSpec;
import io.specgraph.parse.RepoPlan;
import io.specgraph.parse.SpecGraphJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code spec-graph.json} a commit brings up to date: in each repo that keeps one, the file the documents on
 * disk imply ({@code specgraph graph --format spec-graph}; a platform repo's covers the whole workspace, a component
 * repo's that repo, as drift rule LG3 reads them).
 */
public final class SpecGraphRegen {

    private SpecGraphRegen() {
    }

    /** Repo name → the regenerated file, for the repos whose file would change; read from disk. */
    public static Map<String, byte[]> changed(List<RepoSpec> repos) {
        return changed(Workspace.load(repos));
    }

    /** Repo name → the regenerated file, for the repos of {@code ws} whose file on disk differs from it. */
    public static Map<String, byte[]> changed(Workspace ws) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (RepoPlan p : ws.plans()) {
            if (p.graphFile() == null) {
                continue;
            }
            Set<String> scope = p.info().role() == RepoRole.PLATFORM ? Set.of() : Set.of(p.info().name());
            byte[] text = SpecGraphJson.write(SpecGraphFiles.fromGraph(ws.graph(), scope))
                    .getBytes(StandardCharsets.UTF_8);
            Path file = p.info().path().resolve(SpecGraphJson.FILE_NAME);
            try {
                if (!Arrays.equals(text, Files.readAllBytes(file))) {
                    out.put(p.info().name(), text);
                }
            } catch (IOException e) {
                out.put(p.info().name(), text);
            }
        }
        return out;
    }

    /** Writes the regenerated files of {@code only} (atomically); returns the repos written. */
    public static List<String> write(List<RepoSpec> repos, Map<String, byte[]> files, Set<String> only)
            throws IOException {
        List<String> written = new ArrayList<>();
        for (RepoSpec r : repos) {
            byte[] bytes = files.get(r.name());
            if (bytes != null && only.contains(r.name())) {
                Files2.writeAtomically(r.path().resolve(SpecGraphJson.FILE_NAME), bytes);
                written.add(r.name());
            }
        }
        return written;
    }
}
