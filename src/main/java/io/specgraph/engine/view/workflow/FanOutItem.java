package io.specgraph.engine.view.workflow;

import io.specgraph.engine.view.templates.NewDocument;
import io.specgraph.model.FanOutTask;

import java.util.List;
import java.util.Objects;

/**
 * One fan-out task of a platform spec and the component spec it becomes.
 *
 * @param key            the task's id ({@code T010}), or {@code path:line} when it has none; what a selection names
 * @param task           the task as read
 * @param repo           the loaded repo it targets, or the name as written when none matches
 * @param state          whether it can be created
 * @param note           for {@link State#EXISTS} the spec that covers it, for {@link State#PROBLEM} why not; else ""
 * @param proposal       the id and file the new component spec gets, or null when it cannot be created
 * @param title          the new spec's title (from the task's text)
 * @param implementz     its {@code Implements} ({@code PLAT-124 v1})
 * @param contextPack    its {@code Context Pack} ({@code cp-checkout v2}), or ""
 * @param contracts      its {@code Contracts Referenced}: the platform spec's contracts this component provides or
 *                       consumes
 * @param blockedBy      its {@code Blocked By}: the task's ADRs
 * @param contractChange the task says a contract changes (a contract spec is needed first)
 */
public record FanOutItem(String key, FanOutTask task, String repo, State state, String note,
                         NewDocument.Proposal proposal, String title, String implementz, String contextPack,
                         List<String> contracts, List<String> blockedBy, boolean contractChange) {

    /** What creating this item would do. */
    public enum State {
        /** A new component spec is proposed. */
        NEW,
        /** The task cannot be fanned out as written (no or unknown repo, another platform spec …). */
        PROBLEM,
        /** A spec of the target repo already covers the task (named by it, or naming it). */
        EXISTS
    }

    public FanOutItem {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(task, "task");
        repo = repo == null ? "" : repo;
        Objects.requireNonNull(state, "state");
        note = note == null ? "" : note;
        title = title == null ? "" : title;
        implementz = implementz == null ? "" : implementz;
        contextPack = contextPack == null ? "" : contextPack;
        contracts = List.copyOf(contracts);
        blockedBy = List.copyOf(blockedBy);
    }

    /** True when Create would write a new spec for it. */
    public boolean creatable() {
        return state == State.NEW && proposal != null;
    }
}
