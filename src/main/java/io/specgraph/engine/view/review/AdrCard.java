package io.specgraph.engine.view.review;

import io.specgraph.engine.view.Health;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One ADR on the board.
 *
 * @param key          its node key
 * @param id           its id
 * @param title        its title
 * @param repo         its repo
 * @param global       true for a global ADR (platform repo), false for a local one (component repo)
 * @param column       the column its state puts it in
 * @param status       its status as written ({@code ""} when none)
 * @param owner        its owner / decision makers ({@code ""} when none)
 * @param date         its date, or null
 * @param supersedes   the ADRs it supersedes (older decisions)
 * @param supersededBy the ADRs that supersede it (newer decisions)
 * @param chain        its supersession chain, oldest first, itself included (just itself when it has no links;
 *                     followed while each step is unique)
 * @param chainCycle   true when the supersession links loop back
 * @param blocks       the nodes with a blocked-by edge to it
 * @param governs      the nodes with a governed-by edge to it
 * @param health       its own findings (format, links)
 */
public record AdrCard(String key, String id, String title, String repo, boolean global, AdrColumn column,
                      String status, String owner, LocalDate date, List<AdrRef> supersedes, List<AdrRef> supersededBy,
                      List<AdrRef> chain, boolean chainCycle, List<LinkedSpec> blocks, List<LinkedSpec> governs,
                      Health health) {

    public AdrCard {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        Objects.requireNonNull(repo, "repo");
        Objects.requireNonNull(column, "column");
        status = status == null ? "" : status;
        owner = owner == null ? "" : owner;
        supersedes = List.copyOf(supersedes);
        supersededBy = List.copyOf(supersededBy);
        chain = List.copyOf(chain);
        blocks = List.copyOf(blocks);
        governs = List.copyOf(governs);
        Objects.requireNonNull(health, "health");
    }

    /** The chain as text, oldest first: {@code ADR-98 → ADR-102} ({@code ↺} marks a loop); {@code ""} when alone. */
    public String chainText() {
        if (chain.size() < 2) {
            return "";
        }
        return String.join(" → ", chain.stream().map(AdrRef::id).toList()) + (chainCycle ? " ↺" : "");
    }

    /** True when a spec it blocks or governs fails a gate. */
    public boolean hasFailingSpecs() {
        return blocks.stream().anyMatch(s -> s.health().level() == Health.Level.FAIL)
                || governs.stream().anyMatch(s -> s.health().level() == Health.Level.FAIL);
    }
}
