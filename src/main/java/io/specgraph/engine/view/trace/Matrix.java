package io.specgraph.engine.view.trace;

import io.specgraph.engine.view.NaturalOrder;
import io.specgraph.engine.Workspace;
import io.specgraph.graph.SpecGraph;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The traceability matrix. Rows are platform specs (by id), plus a last row for component specs that implement no
 * platform spec in the workspace (when there are any). In {@link Mode#REPOS} the columns are component repos and a
 * cell holds the component specs implementing the row in that repo, or marks a fan-out target planned but missing.
 * In {@link Mode#CONTRACTS} the columns are contract versions and a cell says whether the platform spec declares the
 * contract ({@code contract_specs}) and which of its component specs consume it ({@code contracts_referenced}).
 *
 * @param mode    what the columns are
 * @param columns the columns
 * @param rows    the rows; each has one cell per column
 */
public record Matrix(Mode mode, List<Column> columns, List<Row> rows) {

    /** Label of the row of component specs without platform spec. */
    public static final String NO_PLATFORM_SPEC = "No platform spec";

    public Matrix {
        Objects.requireNonNull(mode, "mode");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row r : rows) {
            if (r.cells().size() != columns.size()) {
                throw new IllegalArgumentException("row " + r.label() + " has " + r.cells().size() + " cells");
            }
        }
    }

    /** What the columns of a matrix are. */
    public enum Mode {
        REPOS("Platform specs × repos"),
        CONTRACTS("Platform specs × contracts");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * A column: a repo (key = repo name, node null) or a contract (key = node key).
     *
     * @param key   the repo name or the contract's node key
     * @param label what the header shows
     * @param node  the contract, or null for a repo
     */
    public record Column(String key, String label, SpecEntry node) {
        public Column {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * A row.
     *
     * @param spec  the platform spec, or null for the row of component specs without platform spec
     * @param cells one per column
     */
    public record Row(SpecEntry spec, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        public String label() {
            return spec == null ? NO_PLATFORM_SPEC : spec.id();
        }
    }

    /**
     * A cell.
     *
     * @param specs    the component specs in it, by id
     * @param tasks    ids of the fan-out tasks that plan it (repos mode)
     * @param declared the platform spec declares the column's contract (contracts mode)
     */
    public record Cell(List<SpecEntry> specs, List<String> tasks, boolean declared) {

        public static final Cell EMPTY = new Cell(List.of(), List.of(), false);

        public Cell {
            specs = List.copyOf(specs);
            tasks = List.copyOf(tasks);
        }

        /** A fan-out task plans this cell. */
        public boolean planned() {
            return !tasks.isEmpty();
        }

        /** Planned but no component spec exists. */
        public boolean missing() {
            return planned() && specs.isEmpty();
        }

        public boolean isEmpty() {
            return specs.isEmpty() && !planned() && !declared;
        }

        /** The cell as text (CSV, tooltips): {@code declares; SPEC-PAY-02 (Blocked, fail)}, {@code missing (…)}. */
        public String text() {
            List<String> parts = new ArrayList<>();
            if (declared) {
                parts.add("declares");
            }
            if (missing()) {
                parts.add("missing (planned by " + String.join(", ", tasks) + ")");
            }
            specs.forEach(s -> parts.add(s.shortText()));
            return String.join("; ", parts);
        }
    }

    /** Platform specs × component repos. */
    public static Matrix of(Workspace ws) {
        return of(Trace.of(ws));
    }

    /** Platform specs × component repos. */
    public static Matrix of(Trace trace) {
        List<String> repos = trace.componentRepos();
        List<Column> columns = repos.stream().map(r -> new Column(r, r, null)).toList();
        List<Row> rows = new ArrayList<>();
        for (PlatformPlan p : trace.plans()) {
            List<Cell> cells = new ArrayList<>();
            for (String r : repos) {
                RepoGroup g = p.repo(r);
                cells.add(g == null ? Cell.EMPTY : new Cell(g.specs(), g.taskLabels(), false));
            }
            rows.add(new Row(p.spec(), cells));
        }
        if (!trace.orphans().isEmpty()) {
            List<Cell> cells = new ArrayList<>();
            for (String r : repos) {
                List<SpecEntry> in = trace.orphans().stream().filter(o -> o.repo().equals(r)).toList();
                cells.add(in.isEmpty() ? Cell.EMPTY : new Cell(in, List.of(), false));
            }
            rows.add(new Row(null, cells));
        }
        return new Matrix(Mode.REPOS, columns, rows);
    }

    /** Platform specs × contract versions. */
    public static Matrix contracts(Workspace ws) {
        return contracts(Trace.of(ws));
    }

    /** Platform specs × contract versions. */
    public static Matrix contracts(Trace trace) {
        SpecGraph g = trace.workspace().graph();
        List<Node> contracts = g.nodes().stream().filter(n -> n.kind() == NodeKind.CONTRACT)
                .sorted(Comparator.comparing(Node::id, NaturalOrder.INSTANCE).thenComparing(Node::repo)).toList();
        List<Column> columns = contracts.stream()
                .map(c -> new Column(c.key(), c.id(), SpecEntry.of(c, trace.health()))).toList();
        List<Row> rows = new ArrayList<>();
        for (PlatformPlan p : trace.plans()) {
            rows.add(new Row(p.spec(), contractCells(g, contracts, p.spec().key(), p.componentSpecs())));
        }
        List<Row> orphanRow = List.of(new Row(null, contractCells(g, contracts, null, trace.orphans())));
        if (orphanRow.get(0).cells().stream().anyMatch(c -> !c.isEmpty())) {
            rows.addAll(orphanRow);
        }
        return new Matrix(Mode.CONTRACTS, columns, rows);
    }

    private static List<Cell> contractCells(SpecGraph g, List<Node> contracts, String platformKey,
                                            List<SpecEntry> specs) {
        List<Cell> cells = new ArrayList<>();
        for (Node c : contracts) {
            boolean declared = platformKey != null && dependsOn(g, platformKey, c.key());
            List<SpecEntry> users = specs.stream().filter(s -> dependsOn(g, s.key(), c.key()))
                    .sorted(SpecEntry.BY_ID).toList();
            cells.add(declared || !users.isEmpty() ? new Cell(users, List.of(), declared) : Cell.EMPTY);
        }
        return cells;
    }

    private static boolean dependsOn(SpecGraph g, String from, String to) {
        return g.outgoing(from, EdgeKind.DEPENDS_ON).stream().anyMatch(e -> e.to().equals(to));
    }

    /** The row of the platform spec {@code key}, or null. */
    public Row row(String key) {
        return rows.stream().filter(r -> r.spec() != null && r.spec().key().equals(key)).findFirst().orElse(null);
    }

    /** The index of the column {@code key}, or -1. */
    public int column(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
