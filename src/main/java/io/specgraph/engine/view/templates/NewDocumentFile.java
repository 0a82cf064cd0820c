package io.specgraph.engine.view.templates;

import io.specgraph.engine.Assignment;
import io.specgraph.engine.EditRefusedException;
import io.specgraph.engine.Editing;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.WorkspaceException;
import io.specgraph.model.Keys;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.RepoRole;
import io.specgraph.template.MetaEditor;
import io.specgraph.template.TemplateKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The "New document" wizard's logic: which single-file kinds it offers, in which repos each belongs (platform kinds
 * in the platform repo, component kinds in component repos, contracts and ADRs in any), the platform specs a
 * component spec may implement, and {@link #create} — the filled template written as a new file, never over an
 * existing one.
 */
public final class NewDocumentFile {

    private static final Logger LOG = LoggerFactory.getLogger(NewDocumentFile.class);

    /** The kinds that make one new file, in menu order. */
    public static final List<TemplateKind> KINDS = List.of(TemplateKind.INITIATIVE, TemplateKind.PLATFORM_SPEC,
            TemplateKind.COMPONENT_SPEC, TemplateKind.CONTRACT, TemplateKind.ADR_MADR, TemplateKind.ADR_NYGARD,
            TemplateKind.BUG, TemplateKind.HOTFIX);

    /**
     * What to create.
     *
     * @param kind       one of {@link #KINDS}
     * @param repo       the repo to create it in
     * @param title      its title
     * @param implementz for a component spec, the node key of the platform spec it implements, else null
     */
    public record Request(TemplateKind kind, String repo, String title, String implementz) {
        public Request {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(repo, "repo");
            title = title == null ? "" : title.strip();
        }
    }

    /**
     * A document written.
     *
     * @param proposal its id and repo-relative path
     * @param file     the file written
     * @param linked   what was changed in other files to link it (the platform spec's {@code children}), or why
     *                 that could not be done
     */
    public record Created(NewDocument.Proposal proposal, Path file, List<String> linked) {
        public Created {
            linked = List.copyOf(linked);
        }

        public Created(NewDocument.Proposal proposal, Path file) {
            this(proposal, file, List.of());
        }

        /** The node the new file reads as in {@code ws} (a contract's key carries its version), if loaded. */
        public java.util.Optional<Node> node(Workspace ws) {
            return ws.graph().nodes().stream()
                    .filter(n -> n.repo().equals(proposal.repo()) && n.path().equals(proposal.path()))
                    .findFirst();
        }
    }

    private NewDocumentFile() {
    }

    /** The repos a document of {@code kind} belongs in, the platform repo first, then by name. */
    public static List<String> repos(Workspace ws, TemplateKind kind) {
        RepoRole only = switch (kind) {
            case INITIATIVE, PLATFORM_SPEC -> RepoRole.PLATFORM;
            case COMPONENT_SPEC, BUG, HOTFIX -> RepoRole.COMPONENT;
            default -> null;
        };
        return ws.graph().repos().stream()
                .filter(r -> only == null || r.role() == only)
                .sorted(Comparator.comparing((RepoInfo r) -> r.role() != RepoRole.PLATFORM)
                        .thenComparing(RepoInfo::name))
                .map(RepoInfo::name)
                .toList();
    }

    /** The platform specs of {@code ws} by id: what a new component spec may implement. */
    public static List<Node> platformSpecs(Workspace ws) {
        return ws.graph().nodes().stream().filter(n -> n.kind() == NodeKind.PLATFORM_SPEC)
                .sorted(Comparator.comparing(Node::id)).toList();
    }

    /** The {@code Implements} value for {@code spec}: {@code PLAT-124 v1}. */
    public static String implementsValue(Node spec) {
        String v = spec.version() == null ? "" : spec.version().strip();
        if (v.isEmpty()) {
            return spec.id();
        }
        return spec.id() + " " + (v.startsWith("v") || v.startsWith("V") ? v : "v" + v);
    }

    /** The id and path {@code request} would get now. */
    public static NewDocument.Proposal propose(Workspace ws, Request request) {
        return NewDocument.propose(ws, request.repo(), request.kind(), request.title());
    }

    /** The bytes of the new document: the repo's template of the kind, filled with id, title, date (and parent). */
    public static byte[] render(Workspace ws, Request request, NewDocument.Proposal p, LocalDate date) {
        Map<String, String> values = new LinkedHashMap<>(NewDocument.values(p, request.title(), date));
        if (request.kind() == TemplateKind.COMPONENT_SPEC && request.implementz() != null) {
            ws.graph().node(request.implementz()).ifPresent(n -> values.put("implements", implementsValue(n)));
        }
        return NewDocument.render(TemplateForms.catalog(ws).template(request.kind(), request.repo()), values);
    }

    /**
     * Writes the new document: a temp file beside it, then linked (or moved) into place so that the file appears
     * whole and an existing file is never replaced.
     *
     * @throws FileAlreadyExistsException when the proposed file exists
     * @throws IllegalArgumentException   when the title is empty or the repo is not in the workspace
     */
    public static Created create(Workspace ws, Request request, LocalDate date) throws IOException {
        if (request.title().isEmpty()) {
            throw new IllegalArgumentException("a title is needed");
        }
        NewDocument.Proposal p = propose(ws, request);
        RepoInfo repo = ws.graph().repo(request.repo()).orElseThrow();
        Path file = repo.path().resolve(p.path()).normalize();
        if (!file.startsWith(repo.path().normalize())) {
            throw new IllegalArgumentException("not inside the repo: " + p.path());
        }
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(p.path());
        }
        writeNew(file, render(ws, request, p, date));
        List<String> linked = List.of();
        if (request.kind() == TemplateKind.COMPONENT_SPEC && request.implementz() != null) {
            linked = List.of(linkChildQuietly(ws, request.implementz(), p.repo(), p.id()));
        }
        return new Created(p, file, linked);
    }

    /**
     * Adds {@code repo:id} to the {@code children} of the platform spec {@code platformSpecKey} with the smallest
     * edit (the key is added to its metadata when missing), written atomically; {@code id} alone when the child is
     * in the platform spec's repo. Nothing is written when it is listed already.
     *
     * @return the change made (or that nothing was needed)
     * @throws WorkspaceException when the platform spec cannot be read or written (nothing was written)
     */
    public static Editing.Change linkChild(Workspace ws, String platformSpecKey, String repo, String id)
            throws WorkspaceException {
        Node spec = ws.graph().node(platformSpecKey)
                .orElseThrow(() -> new WorkspaceException("no platform spec " + platformSpecKey + " in the workspace"));
        String child = spec.repo().equals(repo) ? id : repo + ":" + id;
        try {
            return new Editing(ws).set(spec.key(), List.of(new Assignment(Keys.CHILDREN, MetaEditor.Op.ADD, child)),
                    false).get(0);
        } catch (EditRefusedException e) {
            throw new WorkspaceException(e.getMessage());
        }
    }

    /** {@link #linkChild} as a sentence for the user: what was changed, or why it could not be. */
    public static String linkChildQuietly(Workspace ws, String platformSpecKey, String repo, String id) {
        try {
            Editing.Change c = linkChild(ws, platformSpecKey, repo, id);
            return c.repo() + "/" + c.path() + ": " + c.description();
        } catch (WorkspaceException e) {
            LOG.warn("cannot add {} to the children of {}: {}", id, platformSpecKey, e.getMessage());
            return "not added to the children of " + platformSpecKey + ": " + e.getMessage();
        }
    }

    /**
     * Writes a new file whole: a temp file beside it, then linked (or moved) into place, so that an existing file
     * is never replaced.
     *
     * @throws FileAlreadyExistsException when {@code file} exists
     */
    public static void writeNew(Path file, byte[] bytes) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
        try {
            Files.write(tmp, bytes);
            if (Files.getFileAttributeView(tmp, PosixFileAttributeView.class) != null) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.createLink(file, tmp); // atomic, and fails when the file exists
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (UnsupportedOperationException | IOException e) {
                Files.move(tmp, file); // no hard links here; without REPLACE_EXISTING it fails when the file exists
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
