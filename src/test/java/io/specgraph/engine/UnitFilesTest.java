package io.specgraph.engine;

import io.specgraph.model.RepoSpec;
import io.specgraph.parse.DocumentSource;
import io.specgraph.parse.RepoPlan;
import io.specgraph.parse.RepoReader;
import io.specgraph.parse.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit is read from the files it lists alone: the live re-check reads a unit again when one of those changes,
 * and only then. Checked on the demo and every fixture folder.
 */
class UnitFilesTest {

    @TempDir
    Path dir;

    @Test
    void everyUnitIsReadFromTheFilesItListsAlone() throws Exception {
        List<Path> targets = new ArrayList<>();
        targets.add(Demo.write(dir.resolve("demo")).dir());
        try (Stream<Path> groups = Files.list(Path.of("src/test/resources/fixtures"))) {
            for (Path group : groups.sorted().toList()) {
                try (Stream<Path> folders = Files.list(group)) {
                    folders.filter(Files::isDirectory).sorted().forEach(targets::add);
                }
            }
        }
        RepoReader reader = RepoReader.standard();
        List<String> extra = new ArrayList<>();
        int units = 0;
        for (Path target : targets) {
            for (RepoSpec spec : Targets.resolve(List.of(target), null)) {
                DocumentSource disk = DocumentSource.disk(spec.name(), spec.path());
                RepoPlan plan = reader.plan(spec, disk);
                for (Unit u : plan.units()) {
                    Set<String> seen = Collections.synchronizedSet(new HashSet<>());
                    reader.read(plan.context(), u, rel -> {
                        seen.add(rel);
                        return disk.load(rel);
                    });
                    seen.removeAll(u.files());
                    if (!seen.isEmpty()) {
                        extra.add(target + " " + u.path() + " reads " + seen);
                    }
                    units++;
                }
            }
        }
        assertThat(units).isGreaterThan(400);
        assertThat(extra).isEmpty();
    }
}
