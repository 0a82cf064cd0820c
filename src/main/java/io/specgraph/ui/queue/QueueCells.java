package io.specgraph.ui.queue;

import io.specgraph.engine.view.review.ReviewRow;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Severity;
import io.specgraph.ui.common.KindStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/** The reviewer queue's custom cells: the node (kind icon + id), the reason (severity icon) and the age. */
final class QueueCells {

    private QueueCells() {
    }

    /** The node column: the kind's icon and the id. */
    static TableCell<ReviewRow, ReviewRow> node() {
        return new TableCell<>() {
            @Override
            protected void updateItem(ReviewRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(row.id());
                setGraphic(row.kind() == null ? null : kindIcon(row.kind()));
            }
        };
    }

    /** The kind's icon in the kind's colour. */
    static FontIcon kindIcon(NodeKind kind) {
        return KindStyle.of(kind).newIcon();
    }

    /** The category column, styled per category ({@code queue-cat-blocked} …). */
    static TableCell<ReviewRow, ReviewRow> category() {
        return new TableCell<>() {
            @Override
            protected void updateItem(ReviewRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeIf(s -> s.startsWith("queue-cat-"));
                if (empty || row == null) {
                    setText(null);
                    return;
                }
                setText(row.category().label());
                getStyleClass().add(categoryClass(row));
            }
        };
    }

    static String categoryClass(ReviewRow row) {
        return "queue-cat-" + row.category().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The reason column: an icon for the severity, the text, and a tooltip with the rules and the file. */
    static TableCell<ReviewRow, ReviewRow> reason() {
        return new TableCell<>() {
            @Override
            protected void updateItem(ReviewRow row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setText(null);
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                setText(row.reason());
                setGraphic(severityIcon(row.severity()));
                StringBuilder tip = new StringBuilder(row.reason());
                if (!row.rules().isEmpty()) {
                    tip.append("\nRules: ").append(String.join(", ", row.rules()));
                }
                if (!row.path().isEmpty()) {
                    tip.append("\n").append(row.repo()).append('/').append(row.path())
                            .append(row.line() > 0 ? ":" + row.line() : "");
                }
                setTooltip(new Tooltip(tip.toString()));
            }
        };
    }

    static FontIcon severityIcon(Severity s) {
        FontIcon icon = switch (s) {
            case ERROR -> new FontIcon("mdi2a-alert-circle");
            case WARNING -> new FontIcon("mdi2a-alert");
            case INFO -> new FontIcon("mdi2i-information-outline");
        };
        icon.setStyle(icon.getStyle() + "-fx-icon-color: " + switch (s) {
            case ERROR -> "#cf222e";
            case WARNING -> "#9a6700";
            case INFO -> "#6e7781";
        } + ";");
        icon.getStyleClass().add("queue-severity-" + s.label());
        return icon;
    }

    /** The age column: {@code 23 d}, empty when unknown. */
    static TableCell<ReviewRow, Integer> age() {
        return new TableCell<>() {
            @Override
            protected void updateItem(Integer days, boolean empty) {
                super.updateItem(days, empty);
                setText(empty || days == null ? null : days + " d");
            }
        };
    }
}
