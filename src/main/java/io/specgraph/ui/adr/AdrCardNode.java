package io.specgraph.ui.adr;

import io.specgraph.engine.view.Health;
import io.specgraph.engine.view.review.AdrCard;
import io.specgraph.engine.view.review.LinkedSpec;
import io.specgraph.engine.view.workflow.AdrAction;
import io.specgraph.model.Gate;
import io.specgraph.model.NodeKind;
import io.specgraph.ui.common.KindStyle;
import io.specgraph.ui.common.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * One ADR card: id, global / local marker, title, repo and status, owner, the supersession chain, and the specs it
 * blocks and governs with their gate health. Click selects, double click opens, the context menu shows it in the
 * graph. The card's user data is its node key.
 */
final class AdrCardNode {

    static final String CARD = "adr-card";

    /** Specs listed per section; the rest are counted ("+12 more") with their ids in a tooltip. */
    static final int MAX_LINKS = 8;

    private AdrCardNode() {
    }

    /**
     * The card, {@code width} wide: its text wraps within that width (a list cell asks for its height before it
     * has a width, so the wrap width is fixed here).
     */
    static VBox of(AdrCard card, AdrBoardViewModel vm, double width) {
        double inner = width - 18; // padding 8 + 8, border 1 + 1
        Label id = new Label(card.id(), icon(NodeKind.ADR));
        id.getStyleClass().add("adr-card-id");
        Label scope = new Label(card.global() ? "global" : "local");
        scope.getStyleClass().addAll(Styles.BADGE, card.global() ? "adr-global" : "adr-local");
        scope.setTooltip(new Tooltip(card.global() ? "Global ADR (platform repo): blocks any dependent component"
                : "Local ADR (component repo): blocks only this component"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, id, scope, spacer);
        head.setAlignment(Pos.CENTER_LEFT);
        if (card.health().level() != Health.Level.OK) {
            head.getChildren().add(badge(card.health(), card.health().errors() + card.health().warnings() + ""));
        }
        List<AdrAction> actions = vm.actions(card);
        if (!actions.isEmpty()) {
            head.getChildren().add(actionsButton(card, actions, vm, head));
        }
        Label title = new Label(card.title());
        title.setWrapText(true);
        title.setMaxWidth(inner);
        title.getStyleClass().add("adr-card-title");
        List<String> facts = new ArrayList<>(List.of(card.repo()));
        String status = card.status().replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1");
        if (!status.isEmpty() && !status.equalsIgnoreCase(card.column().label())) {
            facts.add(status);
        }
        if (card.date() != null) {
            facts.add(card.date().format(DateTimeFormatter.ISO_LOCAL_DATE));
        }
        Label meta = new Label(String.join(" · ", facts));
        meta.setWrapText(true);
        meta.setMaxWidth(inner);
        meta.getStyleClass().add(Styles.MUTED);
        VBox box = new VBox(4, head, title, meta);
        if (!card.owner().isEmpty()) {
            Label owner = new Label(card.owner(), new FontIcon("mdi2a-account-outline"));
            owner.setWrapText(true);
            owner.setMaxWidth(inner);
            owner.getStyleClass().addAll(Styles.MUTED, "adr-card-owner");
            box.getChildren().add(owner);
        }
        if (!card.chainText().isEmpty()) {
            Label chain = new Label(card.chainText(), new FontIcon("mdi2s-source-branch"));
            chain.setWrapText(true);
            chain.setMaxWidth(inner);
            chain.getStyleClass().add("adr-card-chain");
            chain.setTooltip(new Tooltip(chainTip(card)));
            box.getChildren().add(chain);
        }
        links(box, "Blocks", card.blocks(), vm, inner);
        links(box, "Governs", card.governs(), vm, inner);
        box.setPrefWidth(width);
        box.setMaxWidth(width);
        box.setMinHeight(Region.USE_PREF_SIZE);
        box.getStyleClass().addAll(Styles.CARD, CARD, card.global() ? "adr-card-global" : "adr-card-local");
        box.setUserData(card.key());
        box.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.openDocument(card);
            } else if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1) {
                vm.select(card);
            }
        });
        MenuItem graph = new MenuItem("Show in graph", new FontIcon("mdi2s-sitemap"));
        graph.setOnAction(e -> vm.showInGraph(card));
        MenuItem open = new MenuItem("Open document", new FontIcon("mdi2f-file-document-outline"));
        open.setOnAction(e -> vm.openDocument(card));
        ContextMenu menu = new ContextMenu(graph, open);
        box.setOnMousePressed(e -> {
            if (e.isSecondaryButtonDown() && !menu.isShowing()) {
                menu.show(box, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
        box.setOnContextMenuRequested(e -> {
            if (!menu.isShowing()) {
                menu.show(box, e.getScreenX(), e.getScreenY());
            }
            e.consume();
        });
        return box;
    }

    /** The card's lifecycle steps (a menu button: context menus do not open everywhere, buttons do). */
    private static MenuButton actionsButton(AdrCard card, List<AdrAction> actions, AdrBoardViewModel vm,
                                            javafx.scene.Node anchor) {
        MenuButton button = new MenuButton(null, new FontIcon("mdi2d-dots-horizontal"));
        button.setId("adr-actions-" + card.key().replace('/', '-'));
        button.getStyleClass().addAll("adr-card-actions", "flat");
        button.setTooltip(new Tooltip("Lifecycle steps for " + card.id()));
        for (AdrAction a : actions) {
            MenuItem item = new MenuItem(a.label());
            item.setId("adr-action-" + a.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setOnAction(e -> AdrActionDialog.show(anchor.getScene() == null ? null : anchor.getScene().getWindow(),
                    vm, card, a));
            button.getItems().add(item);
        }
        return button;
    }

    private static String chainTip(AdrCard card) {
        StringBuilder sb = new StringBuilder("Oldest decision first");
        card.supersedes().forEach(r -> sb.append("\nsupersedes ").append(r.id()).append(" (").append(r.column())
                .append(')'));
        card.supersededBy().forEach(r -> sb.append("\nsuperseded by ").append(r.id()).append(" (")
                .append(r.column()).append(')'));
        if (card.chainCycle()) {
            sb.append("\nthe links loop back (LG4)");
        }
        return sb.toString();
    }

    private static void links(VBox box, String label, List<LinkedSpec> specs, AdrBoardViewModel vm, double inner) {
        if (specs.isEmpty()) {
            return;
        }
        Label head = new Label(label + " (" + specs.size() + ")");
        head.getStyleClass().add("adr-card-section");
        FlowPane flow = new FlowPane(4, 2);
        flow.setPrefWrapLength(inner);
        flow.setMaxWidth(inner);
        for (LinkedSpec s : specs.subList(0, Math.min(MAX_LINKS, specs.size()))) {
            Hyperlink link = new Hyperlink(s.id(), icon(s.kind()));
            link.getStyleClass().add("adr-card-link");
            link.setTooltip(new Tooltip(s.title() + (s.status().isEmpty() ? "" : " — " + s.status())
                    + healthText(s.health())));
            link.setOnAction(e -> vm.selectKey(s.key()));
            HBox item = new HBox(2, link, badge(s.health(), levelText(s.health())));
            item.setAlignment(Pos.CENTER_LEFT);
            flow.getChildren().add(item);
        }
        if (specs.size() > MAX_LINKS) {
            List<LinkedSpec> rest = specs.subList(MAX_LINKS, specs.size());
            Label more = new Label("+" + rest.size() + " more");
            more.getStyleClass().addAll(Styles.MUTED, "adr-card-more");
            more.setTooltip(new Tooltip(String.join(", ", rest.stream().map(LinkedSpec::id).toList())));
            flow.getChildren().add(more);
        }
        box.getChildren().addAll(head, flow);
    }

    private static String healthText(Health h) {
        if (h.level() == Health.Level.OK) {
            return "\nall gates pass";
        }
        String gates = String.join(", ", h.failingGates().stream().map(Gate::label).toList());
        return "\n" + h.errors() + " errors, " + h.warnings() + " warnings" + (gates.isEmpty() ? "" : "; fails " + gates);
    }

    private static String levelText(Health h) {
        return switch (h.level()) {
            case OK -> "ok";
            case WARN -> "warn";
            case FAIL -> h.failingGates().isEmpty() ? "fail" : "fails " + h.failingGates().size();
        };
    }

    private static Label badge(Health h, String text) {
        Label b = new Label(text);
        b.getStyleClass().addAll(Styles.BADGE, switch (h.level()) {
            case OK -> Styles.BADGE_OK;
            case WARN -> Styles.BADGE_WARN;
            case FAIL -> Styles.BADGE_FAIL;
        });
        b.setTooltip(new Tooltip(healthText(h).strip()));
        return b;
    }

    private static FontIcon icon(NodeKind kind) {
        return KindStyle.of(kind).newIcon();
    }
}
