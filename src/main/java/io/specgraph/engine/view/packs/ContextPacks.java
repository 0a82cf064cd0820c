package io.specgraph.engine.view.packs;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.fix.Fix;
import io.specgraph.engine.view.fix.Reread;
import io.specgraph.engine.view.fix.Versions;
import io.specgraph.graph.Resolver;
import io.specgraph.model.Keys;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Ref;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.RepoRole;
import io.specgraph.model.Version;
import io.specgraph.parse.DocumentLoader;
import io.specgraph.parse.FileIndex;
import io.specgraph.template.Edit;
import io.specgraph.template.MetaEditor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Context packs (seed 001 §1.7 and §1.11, gates.md LC4): {@link #next} proposes the next version of a pack from the
 * platform's sources, {@link #write} creates it (never over an existing file), {@link #rebase} pins a Paused spec
 * onto a new version so it may resume.
 */
public final class ContextPacks {

    private ContextPacks() {
    }

    /** The pack ids of the workspace, sorted. */
    public static List<String> ids(Workspace ws) {
        return ws.graph().nodes().stream().filter(n -> n.kind() == NodeKind.CONTEXT_PACK).map(Resolver::baseId)
                .distinct().sorted().toList();
    }

    /** The versions of pack {@code packKey} (a node key {@code platform/cp-checkout@v2}, or an id), oldest first. */
    public static List<Node> versions(Workspace ws, String packKey) {
        return Versions.of(ws.graph().nodes(), NodeKind.CONTEXT_PACK, idOf(ws, packKey));
    }

    /** The pack id a key or id stands for: {@code platform/cp-checkout@v2} → {@code cp-checkout}. */
    public static String idOf(Workspace ws, String packKey) {
        Optional<Node> n = ws.graph().node(packKey).filter(x -> x.kind() == NodeKind.CONTEXT_PACK);
        if (n.isPresent()) {
            return Resolver.baseId(n.get());
        }
        String id = packKey.contains("/") ? packKey.substring(packKey.lastIndexOf('/') + 1) : packKey;
        int at = id.indexOf('@');
        return at > 0 ? id.substring(0, at) : id;
    }

    /** {@link #next(Workspace, String, LocalDate)} dated today. */
    public static PackDraft next(Workspace ws, String packKey) throws PackRefusedException {
        return next(ws, packKey, LocalDate.now());
    }

    /**
     * The proposed next version of the pack: one above its newest version, beside it and named like it, assembled
     * from the platform's sources, with what changed against the newest version.
     *
     * @throws PackRefusedException when the workspace has no such pack and no platform repo to start one in
     */
    public static PackDraft next(Workspace ws, String packKey, LocalDate date) throws PackRefusedException {
        String id = idOf(ws, packKey);
        if (id.isBlank()) {
            throw new PackRefusedException("no context pack named");
        }
        List<Node> versions = versions(ws, id);
        Node previous = Versions.newest(versions).orElse(versions.isEmpty() ? null : versions.get(versions.size() - 1));
        String prevText = previous == null ? "" : Reread.disk(ws, previous.repo(), previous.path())
                .map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
        String version = previous == null ? "v1" : bump(previous.parsedVersion());
        String repo;
        String path;
        if (previous != null) {
            repo = previous.repo();
            String name = FileIndex.name(previous.path());
            String base = name.replaceFirst("\\.(md|ya?ml)$", "");
            String renamed = previous.version() != null && base.endsWith(previous.version())
                    ? base.substring(0, base.length() - previous.version().length()) + version : base + "-" + version;
            path = FileIndex.join(FileIndex.parent(previous.path()), renamed + ".md");
        } else {
            repo = ws.graph().repos().stream().filter(r -> r.role() == RepoRole.PLATFORM).map(RepoInfo::name)
                    .findFirst().orElseThrow(() -> new PackRefusedException("the workspace has no context pack " + id
                            + " and no platform repo to start one in"));
            path = "context/" + id + "-" + version + ".md";
        }
        List<String> previousDomains = new ArrayList<>();
        PackText.sections(prevText).getOrDefault(PackText.INVARIANTS, java.util.Set.of()).forEach(i -> {
            int colon = i.indexOf(':');
            if (colon > 0) {
                previousDomains.add(i.substring(0, colon).strip());
            }
        });
        PackSources sources = PackSources.of(ws, id, previous, previousDomains);
        String title = title(previous, id, version);
        String text = PackText.render(id, version, title, previous == null ? null : FileIndex.name(previous.path()),
                previous == null ? null : previous.version(), sources, date);
        return new PackDraft(id, version, repo, path, previous == null ? null : previous.key(), prevText, text,
                PackText.changes(prevText, text));
    }

    private static String title(Node previous, String id, String version) {
        String t = previous == null ? null : previous.meta().value(Keys.TITLE);
        if (t != null && previous.version() != null && t.contains(previous.version())) {
            return t.replace(previous.version(), version);
        }
        return (t == null || t.isBlank() ? id + " context pack" : t) + " " + version;
    }

    /** One major version up, in the same notation: {@code v2} → {@code v3}, {@code 1.4.0} → {@code 2.0.0}. */
    static String bump(Version v) {
        if (v == null || v.numbers().isEmpty()) {
            return "v1";
        }
        List<String> parts = new ArrayList<>();
        parts.add(String.valueOf(v.numbers().get(0) + 1));
        for (int i = 1; i < v.numbers().size(); i++) {
            parts.add("0");
        }
        return (v.raw().matches("^[vV].*") ? v.raw().substring(0, 1) : "") + String.join(".", parts);
    }

    /**
     * Writes {@code draft} as a new file, atomically; never over an existing file.
     *
     * @throws FileAlreadyExistsException when the file exists (someone built this version already)
     */
    public static Path write(Workspace ws, PackDraft draft) throws IOException {
        RepoInfo repo = ws.graph().repo(draft.repo())
                .orElseThrow(() -> new IOException("repo " + draft.repo() + " is not in the workspace"));
        Path file = repo.path().resolve(draft.path()).normalize();
        if (!file.startsWith(repo.path().normalize())) {
            throw new IOException("not inside the repo: " + draft.path());
        }
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(draft.repo() + "/" + draft.path());
        }
        NewFiles.write(file, draft.text().getBytes(StandardCharsets.UTF_8));
        return file;
    }

    /**
     * Rebases the Paused spec {@code specKey} onto version {@code newVersion} of the pack it pins (LC4: a resumed
     * spec must pin the newest pack): the minimal edit of its {@code context_pack}, in its own notation.
     *
     * @param newVersion {@code v3}, or {@code cp-checkout v3}
     * @throws PackRefusedException when the spec is not Paused, pins no pack, or the pack has no such version
     */
    public static Fix rebase(Workspace ws, String specKey, String newVersion) throws PackRefusedException {
        Node spec = ws.graph().node(specKey).orElseThrow(() -> new PackRefusedException("no spec " + specKey));
        if (spec.kind() != NodeKind.PLATFORM_SPEC && spec.kind() != NodeKind.COMPONENT_SPEC) {
            throw new PackRefusedException(spec.id() + " is a " + spec.kind().label() + ", not a spec");
        }
        if (spec.state() != LifecycleState.PAUSED) {
            throw new PackRefusedException(spec.id() + " is " + (spec.state() == null ? "in no known state"
                    : spec.state().label()) + ", not Paused: rebase a spec while it is Paused, before it resumes");
        }
        byte[] bytes = Reread.disk(ws, spec.repo(), spec.path())
                .orElseThrow(() -> new PackRefusedException("cannot read " + spec.repo() + "/" + spec.path()));
        Node fresh = Reread.node(ws, spec.repo(), spec.path(), bytes).orElse(spec);
        MetaValue pin = fresh.meta().get(Keys.CONTEXT_PACK)
                .filter(v -> v.source() != MetaSource.DERIVED && v.path().equals(spec.path()) && v.items().size() == 1)
                .orElseThrow(() -> new PackRefusedException(spec.id() + " pins no context pack to rebase"));
        Ref ref = Ref.parse(pin.value(), spec.path(), pin.span()).splitVersionSuffix();
        List<Node> versions = versions(ws, ref.id());
        Version want = Version.parse(newVersion.strip().replaceFirst("^.*\\s", ""));
        Node target = want == null ? null : versions.stream().filter(n -> want.sameAs(n.parsedVersion()))
                .findFirst().orElse(null);
        if (target == null) {
            throw new PackRefusedException("context pack " + ref.id() + " has no version " + newVersion.strip()
                    + (versions.isEmpty() ? "" : " (known: " + versions.stream().map(Node::version)
                    .collect(Collectors.joining(", ")) + ")") + "; build it first");
        }
        if (ref.version() != null && ref.version().sameAs(target.parsedVersion())) {
            throw new PackRefusedException(spec.id() + " already pins " + ref.id() + " " + target.version());
        }
        String value = Versions.rewrite(pin.value(), target.version())
                .orElseThrow(() -> new PackRefusedException("the context pack of " + spec.id()
                        + " is written as a link; edit it by hand"));
        DocumentLoader.Loaded doc = DocumentLoader.fromBytes(spec.repo(), spec.path(), bytes);
        if (!doc.ok()) {
            throw new PackRefusedException("cannot read " + spec.repo() + "/" + spec.path());
        }
        Edit e = MetaEditor.apply(doc.document(), spec.repo(), pin, Keys.CONTEXT_PACK, MetaEditor.Op.SET, value);
        return new Fix("Rebase " + spec.id() + " onto " + ref.id() + " " + target.version(), spec.repo(), spec.path(),
                bytes, e.after().bytes());
    }
}
