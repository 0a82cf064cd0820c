package io.specgraph.ui.wizard;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.templates.NewDocument;
import io.specgraph.engine.view.templates.NewDocumentFile;
import io.specgraph.model.Node;
import io.specgraph.template.TemplateKind;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The "New document" dialog's state and its command: the kind, the repos it belongs in, the repo, the title, for a
 * component spec the platform spec it implements, the proposed id and path (recomputed as any of them changes), and
 * {@link #create()}: write the file, reload the workbench, and open the new node's document once the snapshot has it.
 */
public final class NewDocumentViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(NewDocumentViewModel.class);

    private final WorkbenchModel wb;
    private final Navigator nav;
    private final Supplier<LocalDate> today;
    private final ObjectProperty<TemplateKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final ObservableList<String> repos = FXCollections.observableArrayList();
    private final StringProperty repo = new SimpleStringProperty(this, "repo");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObservableList<String> platformSpecs = FXCollections.observableArrayList();
    private final StringProperty implementz = new SimpleStringProperty(this, "implements");
    private final ObjectProperty<NewDocument.Proposal> proposal = new SimpleObjectProperty<>(this, "proposal");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final BooleanProperty canCreate = new SimpleBooleanProperty(this, "canCreate", false);
    private final BooleanProperty forComponentSpec = new SimpleBooleanProperty(this, "forComponentSpec", false);

    public NewDocumentViewModel(WorkbenchModel wb, Navigator nav) {
        this(wb, nav, LocalDate::now);
    }

    /** With {@code today} as the date new documents get (tests). */
    public NewDocumentViewModel(WorkbenchModel wb, Navigator nav, Supplier<LocalDate> today) {
        this.wb = wb;
        this.nav = nav;
        this.today = today;
        kind.addListener((o, a, b) -> kindChanged());
        repo.addListener((o, a, b) -> propose());
        title.addListener((o, a, b) -> propose());
        implementz.addListener((o, a, b) -> propose());
        platformSpecs.setAll(NewDocumentFile.platformSpecs(ws()).stream().map(Node::key).toList());
        kind.set(TemplateKind.COMPONENT_SPEC);
    }

    private Workspace ws() {
        return wb.model().get();
    }

    private void kindChanged() {
        TemplateKind k = kind.get();
        List<String> choices = k == null ? List.of() : NewDocumentFile.repos(ws(), k);
        String keep = repo.get();
        repos.setAll(choices);
        forComponentSpec.set(k == TemplateKind.COMPONENT_SPEC);
        if (keep != null && choices.contains(keep)) {
            propose();
        } else {
            repo.set(choices.isEmpty() ? null : choices.get(0));
        }
    }

    private void propose() {
        TemplateKind k = kind.get();
        String r = repo.get();
        if (k == null || r == null) {
            proposal.set(null);
            problem.set(k == null ? "Choose a kind" : "No repo in this workspace takes a " + k.title());
            canCreate.set(false);
            return;
        }
        try {
            proposal.set(NewDocumentFile.propose(ws(), request()));
            boolean titled = !title.get().isBlank();
            problem.set(titled ? "" : "Type a title");
            canCreate.set(titled);
        } catch (IllegalArgumentException e) {
            proposal.set(null);
            problem.set(e.getMessage());
            canCreate.set(false);
        }
    }

    private NewDocumentFile.Request request() {
        String parent = kind.get() == TemplateKind.COMPONENT_SPEC ? implementz.get() : null;
        return new NewDocumentFile.Request(kind.get(), repo.get(), title.get(), parent);
    }

    /**
     * Writes the new document, reloads the workbench and opens the document once the new node is in the snapshot.
     * On failure (the file exists, it cannot be written) {@link #problemProperty()} says why.
     *
     * @return what was written, empty when nothing was
     */
    public Optional<NewDocumentFile.Created> create() {
        propose();
        if (!canCreate.get()) {
            return Optional.empty();
        }
        NewDocumentFile.Created created;
        try {
            created = NewDocumentFile.create(ws(), request(), today.get());
        } catch (FileAlreadyExistsException e) {
            problem.set("Already exists: " + e.getFile());
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("cannot create {}", proposal.get(), e);
            problem.set("Cannot create the document: " + e.getMessage());
            return Optional.empty();
        }
        LOG.info("created {} at {}", created.proposal().id(), created.file());
        openWhenLoaded(created);
        wb.reload();
        return Optional.of(created);
    }

    private void openWhenLoaded(NewDocumentFile.Created created) {
        ReadOnlyObjectProperty<Workspace> snapshot = wb.model().workspaceProperty();
        ChangeListener<Workspace> opener = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Workspace> o, Workspace a, Workspace b) {
                Optional<Node> n = b == null ? Optional.empty() : created.node(b);
                if (n.isPresent()) {
                    snapshot.removeListener(this);
                    nav.openDocument(n.get().key());
                }
            }
        };
        snapshot.addListener(opener);
    }

    /** The platform spec with node {@code key}, or null. */
    public Node platformSpecNode(String key) {
        return key == null ? null : ws().graph().node(key).orElse(null);
    }

    public ObjectProperty<TemplateKind> kindProperty() {
        return kind;
    }

    /** The repos the chosen kind belongs in. */
    public ObservableList<String> repos() {
        return repos;
    }

    public StringProperty repoProperty() {
        return repo;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** The node keys of the workspace's platform specs (what a component spec may implement). */
    public ObservableList<String> platformSpecs() {
        return platformSpecs;
    }

    /** The node key of the platform spec a new component spec implements, or null. */
    public StringProperty implementsProperty() {
        return implementz;
    }

    /** The id and path the document would get now; null when there is none. */
    public ReadOnlyObjectProperty<NewDocument.Proposal> proposalProperty() {
        return proposal;
    }

    /** Why Create is not possible (or did not work); empty when it is. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public ReadOnlyBooleanProperty canCreateProperty() {
        return canCreate;
    }

    /** Whether the kind is a component spec (the platform spec choice applies). */
    public ReadOnlyBooleanProperty forComponentSpecProperty() {
        return forComponentSpec;
    }
}
