package io.specgraph.ui.wizard;

import io.specgraph.engine.view.workflow.HotfixDocument;
import io.specgraph.engine.view.workflow.HotfixRoute;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.Styles;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The "Hotfix" dialog (seed 001 §1.13): the component repo, what broke, and the two routing questions; the route
 * and the documents it creates follow every answer; Create writes them linked to each other, reloads and opens them.
 */
public final class HotfixDialog {

    private final HotfixViewModel vm;
    private final VBox root = new VBox(12);
    private Runnable onDone = () -> { };

    public HotfixDialog(HotfixViewModel vm) {
        this.vm = vm;
        build();
    }

    /** Opens the dialog for a hotfix in {@code componentRepoOrNull} (or the first component repo), modal. */
    public static void show(Window owner, WorkbenchModel wb, Navigator nav, String componentRepoOrNull) {
        HotfixDialog dialog = new HotfixDialog(new HotfixViewModel(wb, nav, componentRepoOrNull));
        dialog.onDone = FanOutDialogKit.open(owner, "Hotfix", dialog.root())::close;
    }

    public Parent root() {
        return root;
    }

    /** The dialog's state (tests). */
    public HotfixViewModel model() {
        return vm;
    }

    private void build() {
        root.getStyleClass().addAll("sg-new-document", "sg-hotfix");
        root.getStylesheets().add(FanOutDialogKit.CSS);
        root.setPadding(new Insets(16));
        root.setPrefWidth(720);

        ComboBox<String> repo = new ComboBox<>(vm.repos());
        repo.setId("hotfix-repo");
        repo.valueProperty().bindBidirectional(vm.repoProperty());
        TextField title = new TextField();
        title.setId("hotfix-title");
        title.setPromptText("What broke in production");
        title.textProperty().bindBidirectional(vm.titleProperty());
        CheckBox contract = new CheckBox("Does the fix change a contract (an API or event another component uses)?");
        contract.setId("hotfix-contract");
        contract.selectedProperty().bindBidirectional(vm.changesContractProperty());
        ComboBox<String> which = new ComboBox<>(vm.contracts());
        which.setId("hotfix-which-contract");
        which.setCellFactory(l -> new ContractCell());
        which.setButtonCell(new ContractCell());
        which.valueProperty().bindBidirectional(vm.contractProperty());
        which.visibleProperty().bind(vm.changesContractProperty());
        which.managedProperty().bind(vm.changesContractProperty());
        CheckBox policy = new CheckBox("Does it break a constitution or platform policy rule?");
        policy.setId("hotfix-policy");
        policy.selectedProperty().bindBidirectional(vm.breaksPolicyProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Component repo"), repo);
        form.addRow(1, new Label("Title"), title);
        form.add(contract, 0, 2, 2, 1);
        form.add(which, 1, 3);
        form.add(policy, 0, 4, 2, 1);
        for (Region r : new Region[] {repo, title, which}) {
            r.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(r, Priority.ALWAYS);
        }

        Label route = new Label();
        route.setId("hotfix-route");
        route.getStyleClass().add(Styles.TITLE);
        route.setWrapText(true);
        route.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.routeProperty().get()),
                vm.routeProperty()));
        ListView<HotfixDocument> docs = new ListView<>(vm.documents());
        docs.setId("hotfix-documents");
        docs.setPrefHeight(130);
        docs.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(HotfixDocument d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.role().label() + ": " + d.nodeKey() + " — "
                        + d.proposal().repo() + "/" + d.proposal().path());
            }
        });

        Label problem = FanOutDialogKit.message("hotfix-problem", vm.problemProperty(), true);
        Label outcome = FanOutDialogKit.message("hotfix-outcome", vm.outcomeProperty(), false);
        HBox buttons = FanOutDialogKit.buttons("hotfix", vm.canCreateProperty(), vm::create, () -> onDone.run());
        root.getChildren().addAll(form, route, new Label("Documents"), docs, problem, outcome, buttons);
    }

    private static String describe(HotfixRoute route) {
        return route == null ? "" : "Route: " + route.description();
    }

    /** A contract choice: its node key, or "A new contract" for {@link HotfixViewModel#NEW_CONTRACT}. */
    private static final class ContractCell extends ListCell<String> {
        @Override
        protected void updateItem(String key, boolean empty) {
            super.updateItem(key, empty);
            if (empty || key == null) {
                setText(null);
                return;
            }
            setText(key.isEmpty() ? "A new contract in the platform repo" : key);
        }
    }
}
