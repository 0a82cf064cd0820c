package io.specgraph.engine.view.workflow;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.templates.NewDocument;
import io.specgraph.engine.view.templates.NewDocumentFile;
import io.specgraph.graph.SpecGraph;
import io.specgraph.model.AdrInfo;
import io.specgraph.model.AdrStyle;
import io.specgraph.model.Keys;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.RepoRole;
import io.specgraph.model.Version;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hotfix routing (seed 001 §1.13): {@link #plan} turns the answers (which component, does the fix change a contract,
 * does it break a policy) into the route and the documents it needs, with ids proposed by the repos' conventions;
 * {@link #apply} writes them linked to each other: the hotfix names its route and follow-up spec, is blocked by the
 * policy exception ADR and references the contract's new version; the follow-up spec names the hotfix, the contract
 * and the ADR.
 */
public final class HotfixRouting {

    private static final Logger LOG = LoggerFactory.getLogger(HotfixRouting.class);

    private HotfixRouting() {
    }

    /** The component repos a hotfix may be for, by name. */
    public static List<String> componentRepos(Workspace ws) {
        return NewDocumentFile.repos(ws, TemplateKind.HOTFIX);
    }

    /** The contracts a fix may change, by id and version (node keys). */
    public static List<String> contracts(Workspace ws) {
        return ws.graph().nodes().stream().filter(n -> n.kind() == NodeKind.CONTRACT).map(Node::key).sorted().toList();
    }

    /** The route and documents for {@code request}; {@link HotfixPlan#problem()} says why there are none. */
    public static HotfixPlan plan(Workspace ws, HotfixRequest request) {
        HotfixRoute route = request.route();
        SpecGraph g = ws.graph();
        Optional<RepoInfo> repo = g.repo(request.componentRepo());
        String problem = null;
        Optional<RepoInfo> platform = g.repos().stream().filter(r -> r.role() == RepoRole.PLATFORM).findFirst();
        Optional<Node> contract = request.contractKey() == null ? Optional.empty() : g.node(request.contractKey());
        if (repo.isEmpty()) {
            problem = request.componentRepo().isEmpty() ? "Choose the component repo"
                    : "no repo " + request.componentRepo() + " in the workspace";
        } else if (repo.get().role() == RepoRole.PLATFORM) {
            problem = repo.get().name() + " is the platform repo: a hotfix spec goes to the component repo that broke";
        } else if (request.title().isEmpty()) {
            problem = "Type a title";
        } else if ((request.breaksPolicy() || request.changesContract() && contract.isEmpty()) && platform.isEmpty()) {
            problem = "no platform repo in the workspace: a " + (request.breaksPolicy() ? "policy exception ADR"
                    : "new contract") + " goes there";
        } else if (request.changesContract() && request.contractKey() != null
                && contract.filter(n -> n.kind() == NodeKind.CONTRACT).isEmpty()) {
            problem = "no contract " + request.contractKey() + " in the workspace";
        }
        if (problem != null) {
            return new HotfixPlan(request, route, List.of(), problem);
        }
        String r = repo.get().name();
        String title = request.title();
        List<HotfixDocument> docs = new ArrayList<>();
        docs.add(new HotfixDocument(HotfixDocument.Role.HOTFIX,
                NewDocument.propose(ws, r, TemplateKind.HOTFIX, title), title, ""));
        String followUp = title + " hardening";
        docs.add(new HotfixDocument(HotfixDocument.Role.FOLLOW_UP,
                NewDocument.propose(ws, r, TemplateKind.COMPONENT_SPEC, followUp), followUp, ""));
        if (request.changesContract()) {
            docs.add(contract.map(c -> nextVersion(g, c))
                    .orElseGet(() -> new HotfixDocument(HotfixDocument.Role.CONTRACT_CHANGE, NewDocument.propose(ws,
                            platform.orElseThrow().name(), TemplateKind.CONTRACT, title), title, "v1")));
        }
        if (request.breaksPolicy()) {
            String p = platform.orElseThrow().name();
            String adrTitle = "Policy exception for " + title;
            docs.add(new HotfixDocument(HotfixDocument.Role.POLICY_ADR,
                    NewDocument.propose(ws, p, adrKind(g, p), adrTitle), adrTitle, ""));
        }
        return new HotfixPlan(request, route, docs, "");
    }

    /** The contract's next version beside it: {@code CONTRACT-10-order-events-v3.md}, same id, version after the highest. */
    static HotfixDocument nextVersion(SpecGraph g, Node contract) {
        String base = Numbering.baseId(contract.id());
        int highest = g.nodes().stream()
                .filter(n -> n.kind() == NodeKind.CONTRACT && Numbering.baseId(n.id()).equals(base))
                .map(Node::version).filter(v -> v != null && Version.looksLikeVersion(v.strip()))
                .mapToInt(v -> Version.parse(v.strip()).major()).max().orElse(1);
        String version = "v" + (highest + 1);
        String path = contract.path();
        int slash = path.lastIndexOf('/');
        String stem = path.substring(slash + 1, path.length() - ".md".length()).replaceFirst("-[vV]\\d+$", "");
        String file = path.substring(0, slash + 1) + stem + "-" + version + ".md";
        String number = base.replaceAll("^\\D*", "");
        String title = contract.meta().value("title");
        if (title == null || title.isBlank()) {
            title = contract.title().replaceFirst("^" + java.util.regex.Pattern.quote(base) + "\\s+\\S+\\s+[—-]+\\s+",
                    "");
        }
        return new HotfixDocument(HotfixDocument.Role.CONTRACT_CHANGE, new NewDocument.Proposal(contract.repo(),
                TemplateKind.CONTRACT, base, number, file), title.strip(), version);
    }

    /** The ADR template most of the repo's ADRs follow: adr-tools / Nygard or MADR (the default). */
    private static TemplateKind adrKind(SpecGraph g, String repo) {
        long nygard = 0;
        long madr = 0;
        for (Node n : g.nodes()) {
            if (n.repo().equals(repo) && n.kind() == NodeKind.ADR) {
                for (AdrInfo a : n.parts().get(AdrInfo.class)) {
                    nygard += a.style() == AdrStyle.ADR_TOOLS || a.style() == AdrStyle.NYGARD ? 1 : 0;
                    madr += a.style() == AdrStyle.MADR ? 1 : 0;
                }
            }
        }
        return nygard > madr ? TemplateKind.ADR_NYGARD : TemplateKind.ADR_MADR;
    }

    /**
     * Writes the plan's documents, each as a new file: nothing at all when one of the files exists already (or the
     * plan has a problem). The ADR and the contract change are written first, the hotfix last.
     */
    public static FanOutResult apply(Workspace ws, HotfixPlan plan, LocalDate date) {
        List<String> problems = new ArrayList<>();
        if (!plan.problem().isEmpty()) {
            return new FanOutResult(List.of(), List.of(), List.of(plan.problem()));
        }
        Map<HotfixDocument, Path> files = new LinkedHashMap<>();
        for (HotfixDocument.Role role : List.of(HotfixDocument.Role.POLICY_ADR, HotfixDocument.Role.CONTRACT_CHANGE,
                HotfixDocument.Role.FOLLOW_UP, HotfixDocument.Role.HOTFIX)) {
            plan.document(role).ifPresent(d -> files.put(d, FanOutFiles.target(ws, d.proposal().repo(),
                    d.proposal().path())));
        }
        files.forEach((d, f) -> {
            if (Files.exists(f)) {
                problems.add(d.role().label() + ": " + d.proposal().repo() + "/" + d.proposal().path()
                        + " already exists");
            }
        });
        if (!problems.isEmpty()) {
            problems.add("nothing was written");
            return new FanOutResult(List.of(), List.of(), problems);
        }
        List<FanOutResult.Written> written = new ArrayList<>();
        for (Map.Entry<HotfixDocument, Path> e : files.entrySet()) {
            HotfixDocument d = e.getKey();
            try {
                NewDocumentFile.writeNew(e.getValue(), HotfixDrafts.render(ws, plan, d, date));
                written.add(new FanOutResult.Written(d.proposal().repo(), d.proposal().path(), d.nodeId(),
                        e.getValue()));
            } catch (FileAlreadyExistsException x) {
                problems.add(d.role().label() + ": " + d.proposal().repo() + "/" + d.proposal().path()
                        + " already exists; not written");
            } catch (IOException | IllegalArgumentException x) {
                LOG.warn("cannot write {}", e.getValue(), x);
                problems.add(d.role().label() + ": cannot write " + d.proposal().repo() + "/" + d.proposal().path()
                        + ": " + x.getMessage());
            }
        }
        return new FanOutResult(written, List.of(), problems);
    }

    /** The value of {@code key} of the contract the plan changes, or "". */
    static String ofContract(Workspace ws, HotfixPlan plan, String key) {
        if (plan.request().contractKey() == null) {
            return "";
        }
        return ws.graph().node(plan.request().contractKey()).map(n -> key.equals(Keys.CONSUMERS)
                ? String.join(", ", n.meta().items(key)) : n.meta().value(key)).orElse("");
    }
}
