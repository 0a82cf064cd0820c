package io.specgraph.engine.view.workflow;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.templates.NewDocument;
import io.specgraph.model.Keys;
import io.specgraph.model.RepoInfo;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The text of each document a hotfix route creates, linked to the others of the plan. */
final class HotfixDrafts {

    private HotfixDrafts() {
    }

    static byte[] render(Workspace ws, HotfixPlan plan, HotfixDocument d, LocalDate date) {
        String repo = d.proposal().repo();
        Map<String, String> values = new LinkedHashMap<>(NewDocument.values(d.proposal(), d.title(), date));
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, String> extra = new LinkedHashMap<>();
        Optional<HotfixDocument> hotfix = plan.document(HotfixDocument.Role.HOTFIX);
        Optional<HotfixDocument> followUp = plan.document(HotfixDocument.Role.FOLLOW_UP);
        Optional<HotfixDocument> contract = plan.document(HotfixDocument.Role.CONTRACT_CHANGE);
        Optional<HotfixDocument> adr = plan.document(HotfixDocument.Role.POLICY_ADR);
        String component = ws.graph().repo(plan.request().componentRepo()).map(RepoInfo::component).orElse("");
        switch (d.role()) {
            case HOTFIX -> {
                domain(ws, repo, values);
                values.put("route", plan.route().value());
                followUp.ifPresent(f -> values.put(Keys.FOLLOW_UP, f.reference(repo)));
                contract.ifPresent(c -> extra.put(Keys.CONTRACTS_REFERENCED, c.reference(repo)));
                adr.ifPresent(a -> extra.put(Keys.BLOCKED_BY, a.reference(repo)));
            }
            case FOLLOW_UP -> {
                domain(ws, repo, values);
                contract.ifPresent(c -> values.put(Keys.CONTRACTS_REFERENCED, c.reference(repo)));
                adr.ifPresent(a -> values.put(Keys.ADRS, a.reference(repo)));
                hotfix.ifPresent(h -> sources.put("Problem Statement", h.proposal().id() + " (hotfix follow-up)"));
            }
            case CONTRACT_CHANGE -> {
                values.put(Keys.VERSION, d.version());
                if (plan.request().contractKey() != null) {
                    values.put("heading", d.proposal().id() + " " + d.version() + " — " + d.title());
                }
                String owner = HotfixRouting.ofContract(ws, plan, "owner");
                values.put("owner", owner == null || owner.isBlank() ? component : owner);
                String consumers = HotfixRouting.ofContract(ws, plan, Keys.CONSUMERS);
                if (!consumers.isBlank()) {
                    values.put(Keys.CONSUMERS, consumers);
                }
                String domain = HotfixRouting.ofContract(ws, plan, Keys.DOMAIN);
                if (domain != null && !domain.isBlank()) {
                    values.put(Keys.DOMAIN, domain);
                }
            }
            case POLICY_ADR -> {
                // its status (Proposed), date and title come from the template and the plan
            }
        }
        return FanOutFiles.draft(ws, d.proposal().kind(), repo, values, sources, extra);
    }

    private static void domain(Workspace ws, String repo, Map<String, String> values) {
        String domain = ws.graph().repo(repo).map(RepoInfo::domain).orElse(null);
        if (domain != null && !domain.isBlank()) {
            values.put(Keys.DOMAIN, domain);
            values.put(Keys.AFFECTS, domain);
        }
    }
}
