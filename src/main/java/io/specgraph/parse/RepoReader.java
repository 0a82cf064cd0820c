package io.specgraph.parse;

import io.specgraph.model.Finding;
import io.specgraph.model.Layout;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.RepoRole;
import io.specgraph.model.RepoSpec;
import io.specgraph.model.Severity;
import io.specgraph.model.SpecGraphFile;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads repos: plans each one (walks its files once, detects layouts and role, reads its component context and
 * {@code spec-graph.json}, lists the units) and reads units, each on its own so they can run in parallel and be
 * read again one at a time. Never throws on content.
 */
public final class RepoReader {

    private final List<LayoutReader> readers;
    private final ContextReader contextReader = new ContextReader();

    public RepoReader(List<LayoutReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** The reader for every supported layout. */
    public static RepoReader standard() {
        return new RepoReader(List.of(new SeedReader(Layout.SEED_PLATFORM), new SeedReader(Layout.SEED_COMPONENT),
                new SpecKitReader(), new OpenSpecReader(), new AdrReader()));
    }

    /** Plans {@code spec}: the repo folder must exist (the caller reports a missing folder). */
    public RepoPlan plan(RepoSpec spec) {
        return plan(spec, DocumentSource.disk(spec.name(), spec.path()));
    }

    /**
     * Plans {@code spec}, reading the documents planning needs (component context, {@code spec-graph.json}, ADR
     * numbering) from {@code docs}, e.g. the disk overlaid with unsaved editor buffers. Files are listed from disk.
     */
    public RepoPlan plan(RepoSpec spec, DocumentSource docs) {
        return plan(spec, docs, FileIndex.walk(spec.path()));
    }

    /**
     * Plans {@code spec} as if it held {@code files} read from {@code docs}: e.g. the repo as of its last commit, to
     * compare with the work tree.
     */
    public RepoPlan plan(RepoSpec spec, DocumentSource docs, FileIndex files) {
        List<Finding> findings = new ArrayList<>();
        if (!Files.isReadable(spec.path())) {
            findings.add(Finding.atFile(ReadRules.UNREADABLE, Severity.ERROR, spec.name(), "", 0, 0,
                    "cannot read the repo folder " + spec.path(), "check that the folder exists and is readable"));
        }
        for (String dir : files.dirs()) {
            if (FileIndex.isMarkdown(dir)) {
                findings.add(Finding.atFile(ReadRules.FOLDER, Severity.ERROR, spec.name(), dir, 0, 0,
                        "expected a document but found a folder named " + FileIndex.name(dir),
                        "replace the folder with the document, or rename it"));
            }
        }
        Set<Layout> layouts = EnumSet.noneOf(Layout.class);
        for (LayoutReader r : readers) {
            if (r.detect(files)) {
                layouts.add(r.layout());
            }
        }
        if (!spec.adrDirs().isEmpty()) {
            layouts.add(Layout.ADR);
        }
        RepoRole role = spec.role() != null ? spec.role()
                : layouts.contains(Layout.SEED_PLATFORM) ? RepoRole.PLATFORM : RepoRole.COMPONENT;
        ContextReader.ComponentInfo component = contextReader.component(spec.name(), files, docs, findings);
        String componentName = component.name() != null ? component.name() : spec.name();
        String domain = component.domain() != null ? component.domain() : spec.domain();
        RepoContext ctx = new RepoContext(spec.name(), spec.path(), role, layouts, files, componentName, domain,
                spec.adrDirs());
        for (LayoutReader r : readers) {
            if (r instanceof AdrReader adr && layouts.contains(Layout.ADR)) {
                adr.prime(ctx, docs);
            }
        }
        Set<String> claimed = new LinkedHashSet<>();
        List<Unit> units = new ArrayList<>();
        for (LayoutReader r : readers) {
            if (layouts.contains(r.layout())) {
                for (Unit u : r.units(ctx)) {
                    if (claimed.add(u.path())) {
                        units.add(u);
                    }
                }
            }
        }
        for (Unit u : contextReader.units(ctx)) {
            if (claimed.add(u.path())) {
                units.add(u);
            }
        }
        if (units.isEmpty()) {
            findings.add(Finding.atFile(ReadRules.NO_LAYOUT, Severity.INFO, spec.name(), "", 0, 0,
                    "no spec layout found in " + spec.name() + " (no .specify/, openspec/, ADR folder, or seed folders "
                            + "such as platform-specs/ or specs/ with context/); nothing was read",
                    "check the folder; docs/model.md §1 lists what is detected, and a workspace file can name ADR "
                            + "folders (adrDirs)"));
        }
        SpecGraphFile graphFile = null;
        if (files.isFile(SpecGraphJson.FILE_NAME)) {
            graphFile = SpecGraphJson.read(spec.name(), docs.load(SpecGraphJson.FILE_NAME), findings);
        }
        List<Layout> ordered = new ArrayList<>(layouts);
        RepoInfo info = new RepoInfo(spec.name(), role, spec.path(), ordered, componentName, domain);
        return new RepoPlan(spec, info, ctx, units, findings, graphFile);
    }

    /** Reads one unit of a planned repo from {@code docs}. Never throws. */
    public ReadResult read(RepoContext ctx, Unit unit, DocumentSource docs) {
        try {
            if (unit.type().startsWith(ContextReader.TYPE_PREFIX)) {
                return contextReader.read(ctx, unit, docs);
            }
            for (LayoutReader r : readers) {
                if (r.layout() == unit.layout()) {
                    return r.read(ctx, unit, docs);
                }
            }
            return ReadResult.EMPTY;
        } catch (RuntimeException | StackOverflowError e) {
            // A reader bug must not take the workspace down: report it on the unit's file and keep going.
            return ReadResult.problem(Finding.atFile(ReadRules.READER_FAILED, Severity.ERROR, ctx.repo(), unit.path(), 0, 0,
                    "Specgraph could not read this document (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")",
                    "please report this with the file attached"));
        }
    }

    /** Reads every unit of {@code plan} from disk, in parallel. Results are keyed by unit. */
    public Map<Unit, ReadResult> readAll(RepoPlan plan) {
        DocumentSource disk = DocumentSource.disk(plan.info().name(), plan.info().path());
        Map<Unit, ReadResult> out = new ConcurrentHashMap<>();
        plan.units().parallelStream().forEach(u -> out.put(u, read(plan.context(), u, disk)));
        return out;
    }
}
