package io.specgraph.ui.packs;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.packs.ContextPacks;
import io.specgraph.engine.view.packs.PackDraft;
import io.specgraph.engine.view.packs.PackRefusedException;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The "Build context pack" dialog's state: the pack, the proposed next version (file, text) with what changed
 * against the previous version, and {@link #create()}: write it, reload, and open it once loaded.
 */
public final class ContextPackViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ContextPackViewModel.class);

    private final WorkbenchModel wb;
    private final Navigator nav;
    private final Supplier<LocalDate> today;
    private final ObservableList<String> packs = FXCollections.observableArrayList();
    private final StringProperty pack = new SimpleStringProperty(this, "pack");
    private final SimpleObjectProperty<PackDraft> draft = new SimpleObjectProperty<>(this, "draft");
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final SimpleStringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final SimpleBooleanProperty canCreate = new SimpleBooleanProperty(this, "canCreate", false);

    public ContextPackViewModel(WorkbenchModel wb, Navigator nav, String packKey) {
        this(wb, nav, packKey, LocalDate::now);
    }

    /** With {@code today} as the build date (tests). */
    public ContextPackViewModel(WorkbenchModel wb, Navigator nav, String packKey, Supplier<LocalDate> today) {
        this.wb = wb;
        this.nav = nav;
        this.today = today;
        packs.setAll(ContextPacks.ids(ws()));
        pack.addListener((o, a, b) -> propose());
        pack.set(packKey == null ? (packs.isEmpty() ? null : packs.get(0)) : ContextPacks.idOf(ws(), packKey));
    }

    private Workspace ws() {
        return wb.model().get();
    }

    private void propose() {
        draft.set(null);
        changes.clear();
        canCreate.set(false);
        if (pack.get() == null || pack.get().isBlank()) {
            problem.set("Pick a context pack");
            return;
        }
        try {
            PackDraft d = ContextPacks.next(ws(), pack.get(), today.get());
            draft.set(d);
            changes.setAll(d.changes().stream().map(PackDraft.Change::toString).toList());
            problem.set(d.previousKey() == null ? "" : d.changes().isEmpty() ? "Nothing changed since "
                    + d.previousKey() + "; a new version is not needed" : "");
            canCreate.set(!d.changes().isEmpty() || d.previousKey() == null);
        } catch (PackRefusedException e) {
            problem.set(e.getMessage());
        }
    }

    /** Writes the proposed version; the workbench reloads and the new pack is opened once it is loaded. */
    public Optional<Path> create() {
        PackDraft d = draft.get();
        if (d == null || !canCreate.get()) {
            return Optional.empty();
        }
        try {
            Path file = ContextPacks.write(ws(), d);
            LOG.info("built context pack {} at {}", d.label(), file);
            wb.messageProperty().set("Built " + d.label() + " (" + d.repo() + "/" + d.path() + ")");
            Loaded.open(wb, nav, d.repo(), d.path());
            wb.reload();
            return Optional.of(file);
        } catch (FileAlreadyExistsException e) {
            problem.set("Already exists: " + e.getFile() + " — reload to see it");
        } catch (IOException e) {
            LOG.warn("cannot write {}", d.label(), e);
            problem.set("Cannot write the pack: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The pack ids of the workspace. */
    public ObservableList<String> packs() {
        return packs;
    }

    public StringProperty packProperty() {
        return pack;
    }

    /** The proposed next version, or null when there is none. */
    public ReadOnlyObjectProperty<PackDraft> draftProperty() {
        return draft;
    }

    /** What changed against the previous version, one line per item ({@code + section: item}). */
    public ObservableList<String> changes() {
        return changes;
    }

    /** Why Create is not possible (or did not work); empty when it is. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public ReadOnlyBooleanProperty canCreateProperty() {
        return canCreate;
    }
}
