package io.specgraph.parse.speckit;

import io.specgraph.model.Finding;
import io.specgraph.model.Keys;
import io.specgraph.model.Layout;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Parts;
import io.specgraph.model.RepoRole;
import io.specgraph.model.SpecKitItem;
import io.specgraph.model.SpecKitLink;
import io.specgraph.model.SpecKitStory;
import io.specgraph.parse.DocumentLoader;
import io.specgraph.parse.DocumentSource;
import io.specgraph.parse.Features;
import io.specgraph.parse.FileIndex;
import io.specgraph.parse.ReadResult;
import io.specgraph.parse.RepoContext;
import io.specgraph.parse.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one spec-kit feature folder through {@link Features} (spec node, {@code <id>/plan}, {@code <id>/tasks},
 * checklists, every other file as the feature's files) and adds what spec-kit knows:
 * <ul>
 *   <li>id: the metadata's {@code id}, else the folder name (with the project prefix in a monorepo);</li>
 *   <li>metadata: the document's, then Japanese/Chinese header labels, then a fork's {@code meta.json};</li>
 *   <li>kind: an explicit {@code kind} wins; else {@code component-spec} when it declares {@code implements};
 *       else {@code platform-spec} in a platform repo and {@code component-spec} in a component repo;</li>
 *   <li>title: the first heading without its template label — {@code # Feature Specification: Cart} gives
 *       {@code Cart} (a label naming a specification or plan: {@code Mission Specification}, {@code 機能仕様},
 *       {@code Implementation Plan} for a plan-only feature); plan and tasks nodes keep their whole heading;</li>
 *   <li>parts: requirements, user stories, acceptance scenarios, clarification markers and links on the spec;
 *       clarification markers (also the bare plan form) and links on the plan; links on the tasks.</li>
 * </ul>
 */
public final class FeatureReader {

    private static final Pattern LABELLED = Pattern.compile("^(.{1,60}?)\\s*[:：]\\s*(\\S.*)$");
    private static final Pattern LABEL_WORD = Pattern.compile(
            "(?i)\\b(?:specification|spec|plan)\\b|仕様|规格|規格|规范|規範|计划|計画|需求");

    private FeatureReader() {
    }

    public static ReadResult read(RepoContext ctx, Unit unit, DocumentSource docs, String prefix, Links links) {
        String dir = unit.path();
        List<Finding> findings = new ArrayList<>();
        List<MetaValue> json = metaJson(ctx, unit, docs, findings);
        NodeKind roleKind = ctx.role() == RepoRole.PLATFORM ? NodeKind.PLATFORM_SPEC : NodeKind.COMPONENT_SPEC;
        ReadResult base = Features.read(ctx, unit, docs, Layout.SPEC_KIT, roleKind, prefix + FileIndex.name(dir),
                md -> {
                    List<MetaValue> extra = new ArrayList<>(Labels.localHeader(md));
                    extra.addAll(json);
                    return extra;
                });
        if (base.nodes().isEmpty()) {
            return new ReadResult(List.of(), concat(base.findings(), findings));
        }
        List<Node> nodes = new ArrayList<>();
        Node spec = spec(base.nodes().get(0), roleKind, links);
        nodes.add(spec);
        for (Node n : base.nodes().subList(1, base.nodes().size())) {
            nodes.add(attached(n, links));
        }
        List<Finding> all = new ArrayList<>(base.findings());
        all.addAll(findings.stream().map(f -> f.node() == null ? f.withNode(spec.id()) : f).toList());
        return new ReadResult(nodes, all);
    }

    private static List<MetaValue> metaJson(RepoContext ctx, Unit unit, DocumentSource docs, List<Finding> findings) {
        String path = FileIndex.join(unit.path(), "meta.json");
        if (!unit.files().contains(path)) {
            return List.of();
        }
        DocumentLoader.Loaded loaded = docs.load(path);
        if (!loaded.ok()) {
            findings.add(loaded.problem());
            return List.of();
        }
        return MetaJson.read(ctx.repo(), loaded.document(), findings);
    }

    private static Node spec(Node node, NodeKind roleKind, Links links) {
        Node n = node;
        boolean explicitKind = Optional.ofNullable(n.meta().value(Keys.KIND))
                .flatMap(NodeKind::fromText).isPresent();
        if (!explicitKind && !n.meta().items(Keys.IMPLEMENTS).isEmpty()) {
            n = n.withKind(NodeKind.COMPONENT_SPEC);
        } else if (!explicitKind) {
            n = n.withKind(roleKind);
        }
        Optional<String> h1 = n.content().title().map(String::strip);
        if (h1.isPresent() && h1.get().equals(n.title())) {
            n = withTitle(n, featureTitle(h1.get()));
        }
        List<SpecKitStory> stories = SpecParts.stories(n.content());
        List<SpecKitItem> items = new ArrayList<>(SpecParts.requirements(n.content()));
        items.addAll(SpecParts.acceptance(n.content(), stories));
        boolean planOnly = !FileIndex.name(n.path()).equals("spec.md") && Features.isPlanName(n.path());
        items.addAll(SpecParts.clarifications(n.content(), planOnly));
        Parts parts = n.parts().with(SpecKitItem.class, items)
                .with(SpecKitStory.class, stories)
                .with(SpecKitLink.class, links.read(n.content()));
        return n.withParts(parts);
    }

    private static Node attached(Node node, Links links) {
        Parts parts = node.parts().with(SpecKitLink.class, links.read(node.content()));
        if (node.kind() == NodeKind.PLAN) {
            parts = parts.with(SpecKitItem.class, SpecParts.clarifications(node.content(), true));
        }
        return node.withParts(parts);
    }

    /** The title of a feature from its first heading: the part after a template label, else the whole heading. */
    public static String featureTitle(String heading) {
        Matcher m = LABELLED.matcher(heading);
        if (m.matches() && LABEL_WORD.matcher(m.group(1).toLowerCase(Locale.ROOT)).find()) {
            return m.group(2).strip();
        }
        return heading;
    }

    private static Node withTitle(Node n, String title) {
        return new Node(n.repo(), n.id(), n.kind(), n.layout(), n.path(), title, n.version(), n.status(), n.state(),
                n.meta(), n.content(), n.files(), n.parts());
    }

    private static List<Finding> concat(List<Finding> a, List<Finding> b) {
        List<Finding> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
