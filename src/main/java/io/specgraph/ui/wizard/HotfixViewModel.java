package io.specgraph.ui.wizard;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.workflow.FanOutResult;
import io.specgraph.engine.view.workflow.HotfixDocument;
import io.specgraph.engine.view.workflow.HotfixPlan;
import io.specgraph.engine.view.workflow.HotfixRequest;
import io.specgraph.engine.view.workflow.HotfixRoute;
import io.specgraph.engine.view.workflow.HotfixRouting;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The "Hotfix" dialog's state and its command: the component repo, the title and the two routing questions (does
 * the fix change a contract, and which; does it break a platform policy), the route they give and the documents it
 * needs (recomputed on every change), and {@link #create()}: write them, reload, open them.
 */
public final class HotfixViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(HotfixViewModel.class);

    /** The contract choice that means "a new contract in the platform repo". */
    public static final String NEW_CONTRACT = "";

    private final WorkbenchModel wb;
    private final Navigator nav;
    private final Supplier<LocalDate> today;
    private final ObservableList<String> repos = FXCollections.observableArrayList();
    private final StringProperty repo = new SimpleStringProperty(this, "repo");
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final BooleanProperty changesContract = new SimpleBooleanProperty(this, "changesContract", false);
    private final ObservableList<String> contracts = FXCollections.observableArrayList();
    private final StringProperty contract = new SimpleStringProperty(this, "contract", NEW_CONTRACT);
    private final BooleanProperty breaksPolicy = new SimpleBooleanProperty(this, "breaksPolicy", false);
    private final ObjectProperty<HotfixRoute> route = new SimpleObjectProperty<>(this, "route",
            HotfixRoute.COMPONENT_ONLY);
    private final ObservableList<HotfixDocument> documents = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final StringProperty outcome = new SimpleStringProperty(this, "outcome", "");
    private final BooleanProperty canCreate = new SimpleBooleanProperty(this, "canCreate", false);
    private HotfixPlan plan;

    public HotfixViewModel(WorkbenchModel wb, Navigator nav, String componentRepo) {
        this(wb, nav, componentRepo, LocalDate::now);
    }

    /** With {@code today} as the date new documents get (tests). */
    public HotfixViewModel(WorkbenchModel wb, Navigator nav, String componentRepo, Supplier<LocalDate> today) {
        this.wb = wb;
        this.nav = nav;
        this.today = today;
        Workspace ws = wb.model().get();
        repos.setAll(HotfixRouting.componentRepos(ws));
        List<String> cs = new ArrayList<>();
        cs.add(NEW_CONTRACT);
        cs.addAll(HotfixRouting.contracts(ws));
        contracts.setAll(cs);
        repo.set(componentRepo != null && repos.contains(componentRepo) ? componentRepo
                : repos.isEmpty() ? null : repos.get(0));
        repo.addListener((o, a, b) -> propose());
        title.addListener((o, a, b) -> propose());
        changesContract.addListener((o, a, b) -> propose());
        contract.addListener((o, a, b) -> propose());
        breaksPolicy.addListener((o, a, b) -> propose());
        propose();
    }

    private HotfixRequest request() {
        String c = contract.get();
        return new HotfixRequest(repo.get(), title.get(), changesContract.get(), breaksPolicy.get(),
                changesContract.get() && c != null && !c.isEmpty() ? c : null);
    }

    private void propose() {
        plan = HotfixRouting.plan(wb.model().get(), request());
        route.set(plan.route());
        documents.setAll(plan.documents());
        problem.set(plan.problem());
        canCreate.set(plan.problem().isEmpty());
    }

    /**
     * Writes the documents, reloads the workbench and opens them (the hotfix spec last, so it is in front);
     * {@link #outcomeProperty()} says what was written or why nothing was.
     *
     * @return what was written
     */
    public FanOutResult create() {
        propose();
        if (!canCreate.get()) {
            return new FanOutResult(List.of(), List.of(), List.of(plan.problem()));
        }
        FanOutResult result = HotfixRouting.apply(wb.model().get(), plan, today.get());
        LOG.info("hotfix {} ({}): wrote {}, problems {}", plan.request().title(), plan.route().value(),
                result.written().size(), result.problems());
        List<String> created = result.written().stream().map(FanOutResult.Written::nodeKey).toList();
        List<String> notes = new ArrayList<>();
        if (!created.isEmpty()) {
            notes.add("Created " + String.join(", ", created));
        }
        notes.addAll(result.problems());
        outcome.set(String.join("\n", notes));
        if (!created.isEmpty()) {
            FanOutViewModel.openWhenLoaded(wb, nav, created);
            wb.reload();
        }
        propose();
        return result;
    }

    /** The component repos a hotfix may be for. */
    public ObservableList<String> repos() {
        return repos;
    }

    public StringProperty repoProperty() {
        return repo;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** Does the fix change a contract (an API or event another component uses)? */
    public BooleanProperty changesContractProperty() {
        return changesContract;
    }

    /** {@link #NEW_CONTRACT}, then the node keys of the workspace's contracts. */
    public ObservableList<String> contracts() {
        return contracts;
    }

    /** The contract the fix changes (node key), or {@link #NEW_CONTRACT}. */
    public StringProperty contractProperty() {
        return contract;
    }

    /** Does the fix break a constitution or platform policy rule? */
    public BooleanProperty breaksPolicyProperty() {
        return breaksPolicy;
    }

    public ReadOnlyObjectProperty<HotfixRoute> routeProperty() {
        return route;
    }

    /** The documents Create would write, the hotfix spec first. */
    public ObservableList<HotfixDocument> documents() {
        return documents;
    }

    /** Why Create is not possible; empty when it is. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** What the last Create wrote, or why it wrote nothing; empty before. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome;
    }

    public ReadOnlyBooleanProperty canCreateProperty() {
        return canCreate;
    }
}
