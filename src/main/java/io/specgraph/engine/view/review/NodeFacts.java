package io.specgraph.engine.view.review;

import io.specgraph.engine.view.NaturalOrder;
import io.specgraph.graph.SpecGraph;
import io.specgraph.model.Keys;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.RepoInfo;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/** Small facts about a node that the boards show: its status text, owner, date and age, and a natural id order. */
final class NodeFacts {

    /** Metadata keys naming who owns or decides a document, in the order they are asked. */
    private static final List<String> OWNER_KEYS = List.of("owner", "owners", "decision_makers", "deciders");

    /** Metadata keys holding the document's date, in the order they are asked. */
    private static final List<String> DATE_KEYS = List.of(Keys.DATE, "created", "last_updated", "updated");

    /** Ids in natural order: {@code ADR-98} before {@code ADR-100}, case-insensitively. */
    static final Comparator<String> NATURAL = NaturalOrder.INSTANCE;

    private NodeFacts() {
    }

    /** The lifecycle state's label, else the raw status, else {@code ""}. */
    static String status(Node n) {
        if (n.state() != null) {
            return n.state().label();
        }
        return n.status() == null ? "" : n.status().strip();
    }

    /**
     * Who to ask about {@code n}: its {@code owner} / {@code decision-makers} / {@code deciders} metadata (a list is
     * joined with commas), else the owner of the domain it names or of its repo's domain; {@code ""} when none.
     */
    static String owner(Node n, SpecGraph graph) {
        for (String key : OWNER_KEYS) {
            String v = n.meta().value(key);
            if (v != null && v.strip().startsWith("[")) {
                v = String.join(", ", n.meta().items(key));
            }
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        if (n.kind() == NodeKind.ADR) {
            return "";
        }
        String domain = n.meta().value(Keys.DOMAIN);
        if (domain == null || domain.isBlank()) {
            domain = graph.repo(n.repo()).map(RepoInfo::domain).orElse(null);
        }
        return domain == null ? "" : domainOwner(domain.strip(), graph);
    }

    private static String domainOwner(String domain, SpecGraph graph) {
        for (Node d : graph.withId(domain)) {
            if (d.kind() == NodeKind.DOMAIN) {
                String v = d.meta().value("owner");
                if (v != null && !v.isBlank()) {
                    return v.strip();
                }
            }
        }
        return "";
    }

    /** The document's date ({@code date}, {@code created} …, an ISO date at the start of the value), or null. */
    static LocalDate since(Node n) {
        for (String key : DATE_KEYS) {
            String v = n.meta().value(key);
            if (v != null && v.strip().length() >= 10) {
                try {
                    return LocalDate.parse(v.strip().substring(0, 10));
                } catch (DateTimeParseException e) {
                    // not an ISO date: try the next key
                }
            }
        }
        return null;
    }

    /** Whole days from {@code since} to {@code today} (never negative), or null when {@code since} is unknown. */
    static Integer ageDays(LocalDate since, LocalDate today) {
        if (since == null) {
            return null;
        }
        return (int) Math.max(0, ChronoUnit.DAYS.between(since, today));
    }
}
