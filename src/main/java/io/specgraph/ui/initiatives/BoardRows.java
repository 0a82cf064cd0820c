package io.specgraph.ui.initiatives;

import io.specgraph.engine.view.trace.Initiative;
import io.specgraph.engine.view.trace.Initiatives;
import io.specgraph.engine.view.trace.PlatformPlan;
import io.specgraph.engine.view.trace.RepoGroup;
import io.specgraph.engine.view.trace.SpecEntry;
import io.specgraph.model.NodeKind;

import java.util.ArrayList;
import java.util.List;

/** Turns the initiatives board into tree rows: initiative → platform spec → repo → component spec. */
final class BoardRows {

    private BoardRows() {
    }

    static List<BoardRow> of(Initiatives board) {
        List<BoardRow> out = new ArrayList<>();
        for (Initiative i : board.list()) {
            out.add(initiative(i));
        }
        return out;
    }

    static BoardRow initiative(Initiative i) {
        List<BoardRow> children = new ArrayList<>();
        i.platformSpecs().forEach(p -> children.add(platformSpec(p)));
        i.linked().forEach(l -> children.add(leaf(BoardRow.Type.LINKED, l)));
        SpecEntry e = i.initiative();
        int n = i.platformSpecs().size();
        String specs = n + (n == 1 ? " platform spec · " : " platform specs · ") + i.progress().summary();
        return new BoardRow(BoardRow.Type.INITIATIVE, i.label(), "", e == null ? null : e.key(),
                e == null ? null : NodeKind.INITIATIVE, e == null ? "" : e.stateLabel(), e == null ? null : e.health(),
                i.progress().fraction(), specs, i.progress().fanOutSummary(), children);
    }

    static BoardRow platformSpec(PlatformPlan p) {
        List<BoardRow> children = new ArrayList<>();
        for (RepoGroup g : p.repos()) {
            children.add(repo(g));
        }
        SpecEntry s = p.spec();
        return new BoardRow(BoardRow.Type.PLATFORM_SPEC, s.id(), s.title(), s.key(), s.kind(), s.stateLabel(),
                s.health(), p.progress().fraction(), p.progress().summary(), p.progress().fanOutSummary(), children);
    }

    static BoardRow repo(RepoGroup g) {
        List<BoardRow> children = new ArrayList<>();
        g.specs().forEach(s -> children.add(leaf(BoardRow.Type.COMPONENT_SPEC, s)));
        String tasks = String.join(", ", g.taskLabels());
        String title = g.known() ? "" : "not in this workspace";
        if (g.missing()) {
            return new BoardRow(BoardRow.Type.MISSING, g.repo(), title, null, null, "missing", null, -1,
                    "planned, no component spec yet", tasks, children);
        }
        String specs = g.specs().size() + (g.specs().size() == 1 ? " spec" : " specs");
        return new BoardRow(BoardRow.Type.REPO, g.repo(), title, null, null, "", null, -1, specs, tasks, children);
    }

    static BoardRow leaf(BoardRow.Type type, SpecEntry s) {
        return new BoardRow(type, s.id(), s.title(), s.key(), s.kind(), s.stateLabel(), s.health(), -1, "", "",
                List.of());
    }
}
