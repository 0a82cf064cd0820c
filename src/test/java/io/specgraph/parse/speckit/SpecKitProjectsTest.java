package io.specgraph.parse.speckit;

import io.specgraph.parse.FileIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SpecKitProjectsTest {

    @TempDir
    Path repo;

    private void touch(String rel) throws IOException {
        Path p = repo.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, "# x\n");
    }

    @Test
    void aProjectNestedInAnotherOwnsItsFilesAndPrefixesItsIds() throws IOException {
        touch(".specify/memory/constitution.md");
        touch(".specify/templates/.specify/memory/constitution.md");
        touch("specs/001-root/spec.md");
        touch("packages/lib/.specify/memory/constitution.md");
        touch("packages/lib/specs/001-lib/spec.md");
        SpecKitProjects p = SpecKitProjects.of(FileIndex.walk(repo));
        assertThat(p.roots()).containsExactly("", "packages/lib");
        assertThat(p.idPrefix("")).isEmpty();
        assertThat(p.idPrefix("packages/lib")).isEqualTo("packages/lib/");
        FileIndex files = FileIndex.walk(repo);
        assertThat(p.features(files, "")).containsExactly("specs/001-root");
        assertThat(p.features(files, "packages/lib")).containsExactly("packages/lib/specs/001-lib");
    }

    @Test
    void aSingleNestedProjectKeepsShortIds() throws IOException {
        touch("platform/.specify/memory/constitution.md");
        touch("platform/specs/001-a/spec.md");
        SpecKitProjects p = SpecKitProjects.of(FileIndex.walk(repo));
        assertThat(p.roots()).containsExactly("platform");
        assertThat(p.idPrefix("platform")).isEmpty();
        SpecKitFixture read = SpecKitFixture.read(repo, null);
        assertThat(read.ids()).containsExactly("001-a", "constitution");
    }

    @Test
    void nestedFeatureFoldersAreSeparateFeaturesAndOwnTheirFiles() throws IOException {
        touch(".specify/memory/constitution.md");
        touch("specs/010-epic/roadmap.md");
        touch("specs/010-epic/011-sub/spec.md");
        touch("specs/010-epic/011-sub/plan.md");
        touch("kitty-specs/a-01J/spec.md");
        touch("kitty-specs/b-01K/plan.md");
        touch("kitty-specs/c-01L/notes.md");
        FileIndex files = FileIndex.walk(repo);
        SpecKitProjects p = SpecKitProjects.of(files);
        assertThat(p.features(files, "")).containsExactly("kitty-specs/a-01J", "kitty-specs/b-01K",
                "specs/010-epic", "specs/010-epic/011-sub");
        assertThat(p.featureFiles(files, "", "specs/010-epic", p.features(files, "")))
                .containsExactly("specs/010-epic/roadmap.md");
    }
}
