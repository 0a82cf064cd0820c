package io.specgraph.engine.view.workflow;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.templates.NewDocument;
import io.specgraph.engine.view.templates.NewDocumentFile;
import io.specgraph.graph.SpecGraph;
import io.specgraph.model.Edge;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.FanOutTask;
import io.specgraph.model.Keys;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Ref;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.RepoRole;
import io.specgraph.template.Numbering;
import io.specgraph.template.TemplateKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fan-out (seed 001 §1.7): {@link #plan} reads a platform spec's fan-out tasks and proposes one component spec per
 * task in its target repo (numbered as the repo numbers its specs), marking the tasks a spec already covers and the
 * ones that cannot be fanned out; {@link #apply} writes the chosen ones from the component spec template with their
 * links filled in and adds each to the platform spec's {@code children}.
 */
public final class FanOut {

    private static final Logger LOG = LoggerFactory.getLogger(FanOut.class);

    private FanOut() {
    }

    /** What fanning out the platform spec {@code platformSpecKey} ({@code repo/id}, or an id) would create. */
    public static FanOutPlan plan(Workspace ws, String platformSpecKey) {
        SpecGraph g = ws.graph();
        Optional<Node> found = g.node(platformSpecKey).or(() -> g.find(platformSpecKey));
        if (found.isEmpty()) {
            return FanOutPlan.refused(platformSpecKey, "", "no platform spec " + platformSpecKey + " in the workspace");
        }
        Node spec = found.get();
        if (spec.kind() != NodeKind.PLATFORM_SPEC) {
            return FanOutPlan.refused(spec.key(), spec.id(), spec.id() + " is a " + spec.kind().label().replace('-', ' ')
                    + ", not a platform spec: only a platform spec fans out");
        }
        List<FanOutTask> tasks = tasksOf(g, spec);
        if (tasks.isEmpty()) {
            return FanOutPlan.refused(spec.key(), spec.id(), spec.id() + " has no fan-out tasks: add tasks with a "
                    + "component_repo (and platform_spec_id, context_pack_version, contract_change, blocked_by) to "
                    + "the spec or its tasks.md");
        }
        Set<String> taken = new HashSet<>();
        g.nodes().forEach(n -> taken.add(n.id()));
        Set<String> keys = new HashSet<>();
        List<FanOutItem> items = new ArrayList<>();
        for (FanOutTask t : tasks) {
            String key = t.taskId() != null && keys.add(t.taskId()) ? t.taskId() : t.path() + ":" + t.line();
            keys.add(key);
            items.add(item(ws, spec, t, key, taken));
        }
        return new FanOutPlan(spec.key(), spec.id(), items, "");
    }

    /** The fan-out tasks of the platform spec's own file and of its feature's plan and tasks files. */
    static List<FanOutTask> tasksOf(SpecGraph g, Node spec) {
        List<FanOutTask> out = new ArrayList<>(spec.parts().get(FanOutTask.class));
        for (Edge e : g.incoming(spec.key(), EdgeKind.PART_OF)) {
            g.node(e.from()).filter(n -> n.kind() == NodeKind.PLAN || n.kind() == NodeKind.TASKS)
                    .ifPresent(n -> out.addAll(n.parts().get(FanOutTask.class)));
        }
        return out;
    }

    private static FanOutItem item(Workspace ws, Node spec, FanOutTask t, String key, Set<String> taken) {
        SpecGraph g = ws.graph();
        String written = t.componentRepo() == null ? "" : t.componentRepo().strip();
        Optional<RepoInfo> repo = FanOutLinks.repo(g, written);
        String repoName = repo.map(RepoInfo::name).orElse(written);
        String implementz = FanOutLinks.implementsValue(spec, t);
        String title = FanOutLinks.title(t, spec, repoName);
        List<String> contracts = repo.map(r -> FanOutLinks.contracts(g, spec, r)).orElse(List.of());
        String cp = FanOutLinks.contextPack(spec, t);
        boolean change = "yes".equalsIgnoreCase(t.contractChange() == null ? "" : t.contractChange().strip());
        String problem = problem(spec, t, written, repo);
        if (problem != null) {
            return new FanOutItem(key, t, repoName, FanOutItem.State.PROBLEM, problem, null, title, implementz, cp,
                    contracts, t.blockedBy(), change);
        }
        Optional<Node> existing = FanOutLinks.existing(g, repoName, spec, t);
        if (existing.isPresent()) {
            return new FanOutItem(key, t, repoName, FanOutItem.State.EXISTS, existing.get().key(), null, title,
                    implementz, cp, contracts, t.blockedBy(), change);
        }
        NewDocument.Proposal p = unique(NewDocument.propose(ws, repoName, TemplateKind.COMPONENT_SPEC, title), title,
                taken);
        taken.add(p.id());
        return new FanOutItem(key, t, repoName, FanOutItem.State.NEW, "", p, title, implementz, cp, contracts,
                t.blockedBy(), change);
    }

    private static String problem(Node spec, FanOutTask t, String written, Optional<RepoInfo> repo) {
        Ref named = t.platformSpecId() == null ? null : Ref.parse(t.platformSpecId(), t.path(), null);
        if (named != null && named.id() != null && !named.id().equalsIgnoreCase(spec.id())) {
            return "the task names " + t.platformSpecId().strip() + " as its platform spec, not " + spec.id();
        }
        if (written.isEmpty()) {
            return "the task names no component_repo";
        }
        if (repo.isEmpty()) {
            return "no repo " + written + " in the workspace (add it, or correct component_repo)";
        }
        if (repo.get().role() == RepoRole.PLATFORM) {
            return repo.get().name() + " is the platform repo: a component spec goes to a component repo";
        }
        return null;
    }

    /** {@code p}, or the next free number after it when an earlier item of the plan took its id. */
    private static NewDocument.Proposal unique(NewDocument.Proposal p, String title, Set<String> taken) {
        if (!taken.contains(p.id()) || p.number().isEmpty()) {
            return p;
        }
        String prefix = p.id().substring(0, p.id().length() - p.number().length());
        String id = Numbering.next(taken, prefix, p.number().length());
        int slash = p.path().lastIndexOf('/');
        String slug = Numbering.slug(title);
        String path = p.path().substring(0, slash + 1) + id + (slug.isEmpty() ? "" : "-" + slug) + ".md";
        return new NewDocument.Proposal(p.repo(), p.kind(), id, id.substring(prefix.length()), path);
    }

    /**
     * Writes the component specs of the items {@code selection} names (item keys), each as a new file (never over
     * an existing one), and adds each to the platform spec's {@code children}. Items that exist, have a problem or
     * whose file appeared since the plan are reported and skipped; the others are still written.
     */
    public static FanOutResult apply(Workspace ws, FanOutPlan plan, Collection<String> selection, LocalDate date) {
        List<FanOutResult.Written> written = new ArrayList<>();
        List<String> linked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!plan.problem().isEmpty()) {
            return new FanOutResult(written, linked, List.of(plan.problem()));
        }
        for (String key : selection) {
            if (plan.item(key).isEmpty()) {
                problems.add(key + ": no such fan-out task of " + plan.platformSpecId());
            }
        }
        for (FanOutItem item : plan.items()) {
            if (!selection.contains(item.key())) {
                continue;
            }
            if (!item.creatable()) {
                problems.add(item.key() + ": " + (item.state() == FanOutItem.State.EXISTS
                        ? "already covered by " + item.note() : item.note()) + "; nothing written");
                continue;
            }
            NewDocument.Proposal p = item.proposal();
            try {
                Path file = create(ws, item, date);
                written.add(new FanOutResult.Written(p.repo(), p.path(), p.id(), file));
                linked.add(NewDocumentFile.linkChildQuietly(ws, plan.platformSpecKey(), p.repo(), p.id()));
            } catch (FileAlreadyExistsException e) {
                problems.add(item.key() + ": " + p.repo() + "/" + p.path() + " already exists; nothing written");
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("cannot write {}/{}", p.repo(), p.path(), e);
                problems.add(item.key() + ": cannot write " + p.repo() + "/" + p.path() + ": " + e.getMessage());
            }
        }
        return new FanOutResult(written, linked, problems);
    }

    private static Path create(Workspace ws, FanOutItem item, LocalDate date) throws IOException {
        NewDocument.Proposal p = item.proposal();
        Path file = FanOutFiles.target(ws, p.repo(), p.path());
        if (Files.exists(file)) {
            throw new FileAlreadyExistsException(p.path());
        }
        Map<String, String> values = new LinkedHashMap<>(NewDocument.values(p, item.title(), date));
        values.put(Keys.IMPLEMENTS, item.implementz());
        values.put(Keys.CONTEXT_PACK, item.contextPack());
        values.put(Keys.CONTRACTS_REFERENCED, String.join(", ", item.contracts()));
        values.put(Keys.BLOCKED_BY, String.join(", ", item.blockedBy()));
        String domain = ws.graph().repo(p.repo()).map(RepoInfo::domain).orElse(null);
        if (domain != null && !domain.isBlank()) {
            values.put(Keys.DOMAIN, domain);
            values.put(Keys.AFFECTS, domain);
        }
        String task = item.task().taskId() == null ? "fan-out task" : "fan-out task " + item.task().taskId();
        Map<String, String> sources = Map.of("Problem Statement", item.implementz() + " (" + task + ")",
                "Goals / Non-Goals", item.implementz());
        byte[] bytes = FanOutFiles.draft(ws, TemplateKind.COMPONENT_SPEC, p.repo(), values, sources, Map.of());
        NewDocumentFile.writeNew(file, bytes);
        return file;
    }
}
