package io.specgraph.ui.packs;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.edit.LineDiff;
import io.specgraph.engine.view.fix.Fix;
import io.specgraph.engine.view.fix.Fixes;
import io.specgraph.engine.view.fix.Versions;
import io.specgraph.engine.view.packs.ContextPacks;
import io.specgraph.engine.view.packs.PackRefusedException;
import io.specgraph.model.Keys;
import io.specgraph.model.Node;
import io.specgraph.model.Version;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The "Rebase onto context pack" dialog's state: the Paused spec, the pack it pins, the newer versions it may move to
 * (the newest chosen), the edit as a diff, and {@link #rebase()}: write it and reload. A spec that is not Paused, or
 * a pack with no newer version, is explained instead.
 */
public final class RebaseViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(RebaseViewModel.class);

    private final WorkbenchModel wb;
    private final Navigator nav;
    private final String specKey;
    private final SimpleStringProperty pinned = new SimpleStringProperty(this, "pinned", "");
    private final ObservableList<String> versions = FXCollections.observableArrayList();
    private final StringProperty version = new SimpleStringProperty(this, "version");
    private final SimpleStringProperty diff = new SimpleStringProperty(this, "diff", "");
    private final SimpleStringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final SimpleBooleanProperty canRebase = new SimpleBooleanProperty(this, "canRebase", false);
    private Fix fix;

    public RebaseViewModel(WorkbenchModel wb, Navigator nav, String specKey) {
        this.wb = wb;
        this.nav = nav;
        this.specKey = specKey;
        Node spec = ws().graph().node(specKey).orElse(null);
        String pin = spec == null ? null : spec.meta().value(Keys.CONTEXT_PACK);
        pinned.set(spec == null ? "no spec " + specKey : spec.id() + " pins " + (pin == null ? "no context pack" : pin));
        if (pin != null) {
            Version current = Versions.written(pin);
            ContextPacks.versions(ws(), packId(pin)).stream()
                    .filter(n -> n.parsedVersion() != null
                            && (current == null || n.parsedVersion().compareTo(current) > 0))
                    .forEach(n -> versions.add(0, n.version()));
        }
        version.addListener((o, a, b) -> preview());
        if (versions.isEmpty()) {
            preview();
        } else {
            version.set(versions.get(0));
        }
    }

    private static String packId(String pin) {
        io.specgraph.model.Ref ref = io.specgraph.model.Ref.parse(pin, "", null);
        return ref == null || ref.splitVersionSuffix().id() == null ? pin.strip() : ref.splitVersionSuffix().id();
    }

    private Workspace ws() {
        return wb.model().get();
    }

    private void preview() {
        fix = null;
        diff.set("");
        canRebase.set(false);
        if (version.get() == null) {
            problem.set("No newer version of the pack to rebase onto: build the next version first");
            return;
        }
        try {
            fix = ContextPacks.rebase(ws(), specKey, version.get());
            diff.set(LineDiff.unified(fix.path(), text(fix.before()), fix.path(), text(fix.after())));
            problem.set("");
            canRebase.set(true);
        } catch (PackRefusedException e) {
            problem.set(e.getMessage());
        }
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Writes the rebase (only over the bytes it was computed on), reloads, and selects the spec. */
    public Optional<Fix> rebase() {
        if (fix == null) {
            return Optional.empty();
        }
        try {
            Fixes.write(ws(), fix);
            LOG.info("{}", fix.label());
            wb.messageProperty().set(fix.label() + "; it may resume");
            wb.reload();
            nav.select(specKey);
            return Optional.of(fix);
        } catch (IOException e) {
            problem.set("Cannot rebase: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** What the spec pins now ({@code PLAT-130 pins cp-checkout v1}). */
    public ReadOnlyStringProperty pinnedProperty() {
        return pinned;
    }

    /** The newer versions of the pack, newest first. */
    public ObservableList<String> versions() {
        return versions;
    }

    public StringProperty versionProperty() {
        return version;
    }

    /** The edit as a unified diff. */
    public ReadOnlyStringProperty diffProperty() {
        return diff;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    public ReadOnlyBooleanProperty canRebaseProperty() {
        return canRebase;
    }
}
