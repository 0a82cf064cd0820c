package io.specgraph.engine;

import io.specgraph.parse.FileIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Incremental equals from scratch: on the demo workspace, random sequences of edits (statuses, blockers, pinned
 * packs and versions, consumers, ids, ADR statuses, deleted sections, clarification markers, broken front matter,
 * emptied files, keystrokes; now and then a save, a deleted file, or a file planning reads) go through
 * {@link LiveWorkspace#update} as editor buffers, and after every step the snapshot must equal
 * {@link Workspace#load} of a second copy of the workspace with the same bytes written to disk. Seeded and
 * reproducible: a failure names the seed, the step and every edit so far. Most edits of a seed go to a few files,
 * (a spec, an ADR, a contract and one more) so that they meet: an id renamed and named again, a blocker added to an ADR
 * whose status then changes, a supersede link written to an ADR that says it is superseded.
 */
class LiveWorkspacePropertyTest {

    private static final int SEEDS = 16;
    private static final int STEPS = 20;
    /** Files most edits of a seed go to, so that edits meet (a rename, then a reference to the old or new id). */
    private static final int HOT = 4;
    private static final List<String> REPOS = List.of("platform", "cart", "payments", "shipping");

    @TempDir
    static Path dir;
    private static Path base;

    @BeforeAll
    static void writeDemo() throws Exception {
        base = Demo.write(dir.resolve("base")).dir();
    }

    @TestFactory
    Stream<DynamicTest> incrementalEqualsFromScratchAfterEveryEdit() {
        return Stream.iterate(1L, s -> s + 1).limit(SEEDS)
                .map(seed -> DynamicTest.dynamicTest("seed " + seed, () -> run(seed)));
    }

    private static void run(long seed) throws Exception {
        Path live = copy(base, dir.resolve("seed-" + seed).resolve("live"));
        Path oracle = copy(base, dir.resolve("seed-" + seed).resolve("oracle"));
        LiveWorkspace lw = LiveWorkspace.of(Workspace.load(Targets.resolve(List.of(live), null)));
        Random r = new Random(seed);
        DemoEdits edits = new DemoEdits(r);
        List<String[]> files = editable(oracle);
        List<String[]> hot = new ArrayList<>();
        while (hot.size() < HOT) {
            String[] f = files.get(r.nextInt(files.size()));
            String wanted = hot.size() == HOT - 1 ? "specs/" : hot.size() == HOT - 2 ? "adr/"
                    : hot.size() == HOT - 3 ? "contracts/" : "";
            if (!hot.contains(f) && f[1].contains(wanted)) {
                hot.add(f);
            }
        }
        Map<String, String> original = new HashMap<>();
        Map<String, String> current = new HashMap<>();
        List<String> history = new ArrayList<>();
        int incremental = 0;
        for (int step = 0; step < STEPS; step++) {
            List<String[]> from = !hot.isEmpty() && r.nextInt(100) < 80 ? hot : files;
            String[] f = from.get(r.nextInt(from.size()));
            String key = f[0] + "/" + f[1];
            String text = current.computeIfAbsent(key, k -> read(oracle.resolve(k)));
            original.putIfAbsent(key, text);
            int action = r.nextInt(100);
            LiveUpdate u;
            String what;
            if (action < 6) {
                Files.writeString(live.resolve(key), text, StandardCharsets.UTF_8);
                u = lw.update(f[0], f[1], null);
                what = "save";
            } else if (action < 8 && f[1].endsWith(".md") && !f[1].endsWith("README.md")) {
                Files.delete(live.resolve(key));
                Files.delete(oracle.resolve(key));
                files.remove(f);
                hot.remove(f);
                u = lw.update(f[0], f[1], null);
                what = "delete the file";
            } else {
                DemoEdits.Edit e = edits.random(f[1], text, original.get(key));
                current.put(key, e.text());
                Files.writeString(oracle.resolve(key), e.text(), StandardCharsets.UTF_8);
                u = lw.update(f[0], f[1], e.text().getBytes(StandardCharsets.UTF_8));
                what = e.what();
            }
            incremental += u.incremental() ? 1 : 0;
            history.add("step " + step + ": " + key + ": " + what + " -> "
                    + (u.incremental() ? "incremental, rechecked " + u.rechecked().size()
                    : "reload (" + u.fullReload() + ")"));
            assertThat(u.workspace()).isSameAs(lw.snapshot());
            if (!u.incremental()) {
                assertThat(u.fullReload()).as(String.join("\n", history))
                        .doesNotStartWith(LiveWorkspace.INCREMENTAL_FAILED);
            }
            Workspace expected = Workspace.load(Targets.resolve(List.of(oracle), null));
            String diff = Snapshots.diff(expected, oracle, u.workspace(), live);
            if (diff != null) {
                fail("seed " + seed + ", step " + step + " differs from a load from scratch\n"
                        + String.join("\n", history) + "\n" + diff);
            }
        }
        assertThat(incremental).as("incremental steps of seed " + seed).isGreaterThan(STEPS / 2);
    }

    /** The text files of the demo's repos that a user might edit. */
    private static List<String[]> editable(Path root) {
        List<String[]> out = new ArrayList<>();
        for (String repo : REPOS) {
            for (String f : FileIndex.walk(root.resolve(repo)).files()) {
                if (f.endsWith(".md") || f.endsWith(".yaml") || f.endsWith(".json")) {
                    out.add(new String[]{repo, f});
                }
            }
        }
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path copy(Path from, Path to) throws IOException {
        List<Path> all;
        try (Stream<Path> s = Files.walk(from)) {
            all = s.toList();
        }
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target);
            }
        }
        return to;
    }
}
