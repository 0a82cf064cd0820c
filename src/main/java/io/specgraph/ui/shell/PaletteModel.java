package io.specgraph.ui.shell;

import io.specgraph.engine.Workspace;
import io.specgraph.model.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The command palette / quick open (Ctrl+K) over commands, nodes (id and title) and documents (file paths).
 * Matching is case-insensitive: a substring match ranks above letters in order ({@code plt124} finds
 * {@code PLAT-124}); earlier and shorter matches rank higher; commands win ties.
 */
public final class PaletteModel {

    /** What a palette entry does. */
    public enum Type { COMMAND, NODE, FILE, ACTION }

    /**
     * One entry.
     *
     * @param type   command, node or file
     * @param label  what is shown and matched
     * @param detail muted text (shortcut, kind and repo, or path)
     * @param target the command id or the node key
     */
    public record Item(Type type, String label, String detail, String target) {
    }

    /** The most entries shown. */
    public static final int LIMIT = 60;

    private final List<Item> commands;
    private List<Item> items;
    private List<Item> actions = List.of();

    public PaletteModel(List<Item> commands) {
        this.commands = List.copyOf(commands);
        this.items = this.commands;
    }

    /** Indexes the nodes and documents of a snapshot. */
    public void index(Workspace ws) {
        List<Item> all = new ArrayList<>(commands);
        if (ws != null) {
            for (Node n : ws.graph().nodes()) {
                all.add(new Item(Type.NODE, n.id() + "  " + n.title(), n.kind().label() + " · " + n.repo(), n.key()));
            }
            for (Node n : ws.graph().nodes()) {
                all.add(new Item(Type.FILE, n.repo() + "/" + n.path(), n.id(), n.key()));
            }
        }
        items = List.copyOf(all);
    }

    /** The selected node's actions, listed first (an empty list when nothing is selected). */
    public void setActions(List<Item> actions) {
        this.actions = List.copyOf(actions);
    }

    /** The entries matching {@code query}, best first (everything, in order, for an empty query). */
    public List<Item> search(String query) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        List<Item> all = actions.isEmpty() ? items : new ArrayList<>(actions);
        if (!actions.isEmpty()) {
            all.addAll(items);
        }
        if (q.isEmpty()) {
            return all.size() > LIMIT ? all.subList(0, LIMIT) : all;
        }
        List<Scored> hits = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            int s = score(all.get(i).label().toLowerCase(Locale.ROOT), q);
            if (s >= 0) {
                hits.add(new Scored(all.get(i), s, i));
            }
        }
        hits.sort(Comparator.comparingInt(Scored::score).thenComparingInt(Scored::order));
        return hits.stream().limit(LIMIT).map(Scored::item).toList();
    }

    private record Scored(Item item, int score, int order) {
    }

    /** Lower is better; -1 when {@code q} does not match. */
    static int score(String text, String q) {
        int at = text.indexOf(q);
        if (at >= 0) {
            return at * 4 + text.length() / 8;
        }
        int pos = 0;
        int gaps = 0;
        for (int i = 0; i < q.length(); i++) {
            int found = text.indexOf(q.charAt(i), pos);
            if (found < 0) {
                return -1;
            }
            gaps += found - pos;
            pos = found + 1;
        }
        return 1_000 + gaps * 8 + text.length() / 8;
    }
}
