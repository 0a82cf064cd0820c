package io.specgraph.engine.view.templates;

import io.specgraph.engine.Workspace;
import io.specgraph.model.FanOutTask;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.TaskItem;
import io.specgraph.template.Numbering;
import io.specgraph.template.TemplateKind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The numbering and file layout a repo already follows, for {@link NewDocument#propose}. */
final class Conventions {

    private static final Pattern ADR_NUMBER = Pattern.compile("^ADR-(\\d+)[a-z]?$");
    private static final Pattern NUMBERED_FILE = Pattern.compile("^(\\d+)-.*\\.md$");
    private static final Pattern ADR_FILE = Pattern.compile("^ADR-(\\d+)-.*\\.md$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPEC_KIT_DIR = Pattern.compile("^(\\d{3,})-.*");
    private static final Pattern TIMESTAMP_DIR = Pattern.compile("^\\d{8}-\\d{6}-.*");

    private final Workspace ws;
    private final String repo;
    private final RepoInfo info;
    private final List<Node> mine;

    Conventions(Workspace ws, String repo) {
        this.ws = ws;
        this.repo = repo;
        this.info = ws.graph().repo(repo).orElseThrow();
        this.mine = ws.graph().nodes().stream().filter(n -> n.repo().equals(repo)).toList();
    }

    NewDocument.Proposal propose(TemplateKind kind, String title, String parent) {
        return switch (kind) {
            case INITIATIVE -> numbered(kind, NodeKind.INITIATIVE, "INIT-", 3, "initiatives", title);
            case PLATFORM_SPEC -> numbered(kind, NodeKind.PLATFORM_SPEC, "PLAT-", 3, "platform-specs", title);
            case COMPONENT_SPEC -> numbered(kind, NodeKind.COMPONENT_SPEC,
                    "SPEC-" + info.component().toUpperCase(Locale.ROOT) + "-", 2, "specs", title);
            case BUG -> numbered(kind, NodeKind.BUG, "BUG-", 3, specsFolder(), title);
            case HOTFIX -> numbered(kind, NodeKind.HOTFIX, "HOTFIX-", 2, specsFolder(), title);
            case CONTRACT -> numbered(kind, NodeKind.CONTRACT, "CONTRACT-", 2, "contracts", title);
            case ADR_NYGARD, ADR_MADR -> adr(kind, title);
            case SPEC_KIT_SPEC -> specKit(title);
            case OPENSPEC_PROPOSAL -> change(title);
            case OPENSPEC_TASKS -> new NewDocument.Proposal(repo, kind, need(parent, "change"), "",
                    "openspec/changes/" + parent + "/tasks.md");
            case OPENSPEC_DELTA -> new NewDocument.Proposal(repo, kind, need(parent, "change"), "",
                    "openspec/changes/" + parent + "/specs/" + need(title, "capability path") + "/spec.md");
            case DESIGN_DOC -> design(need(parent, "feature"));
            case FAN_OUT_TASK -> fanOutTask(need(parent, "platform spec"));
        };
    }

    private static String need(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a " + what + " is needed");
        }
        return value;
    }

    /**
     * {@code <prefix><next number>}: the prefix most of the repo's nodes of {@code nodeKind} share (else the
     * workspace's, else {@code defaultPrefix}), the number after the highest id with that prefix anywhere in the
     * workspace, in the folder most of them sit in.
     */
    private NewDocument.Proposal numbered(TemplateKind kind, NodeKind nodeKind, String defaultPrefix, int width,
                                          String defaultFolder, String title) {
        List<Node> own = mine.stream().filter(n -> n.kind() == nodeKind).toList();
        List<Node> all = ws.graph().nodes().stream().filter(n -> n.kind() == nodeKind).toList();
        String prefix = Numbering.commonPrefix(own.stream().map(Node::id).toList());
        if (prefix == null && nodeKind != NodeKind.COMPONENT_SPEC) {
            prefix = Numbering.commonPrefix(all.stream().map(Node::id).toList());
        }
        prefix = prefix == null ? defaultPrefix : prefix;
        List<String> ids = ws.graph().nodes().stream().map(Node::id).toList();
        String id = Numbering.next(ids, prefix, width);
        String folder = mostCommon(own, Conventions::homeFolder, defaultFolder);
        return new NewDocument.Proposal(repo, kind, id, id.substring(prefix.length()), file(folder, id, title));
    }

    private static String file(String folder, String stem, String title) {
        String slug = Numbering.slug(title);
        return (folder.isEmpty() ? "" : folder + "/") + stem + (slug.isEmpty() ? "" : "-" + slug) + ".md";
    }

    /** The folder a spec lives in; for a feature folder ({@code x/PLAT-1-y/spec.md}) the folder holding it. */
    private static String homeFolder(Node n) {
        String p = n.path();
        int slash = p.lastIndexOf('/');
        String dir = slash < 0 ? "" : p.substring(0, slash);
        if (p.endsWith("/spec.md") || p.endsWith("/plan.md")) {
            int up = dir.lastIndexOf('/');
            dir = up < 0 ? "" : dir.substring(0, up);
        }
        return dir;
    }

    private static <T> String mostCommon(List<T> items, Function<T, String> key, String fallback) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (T t : items) {
            String k = key.apply(t);
            int c = counts.merge(k, 1, Integer::sum);
            if (best == null || c > counts.get(best) || c == counts.get(best) && k.compareTo(best) < 0) {
                best = k;
            }
        }
        return best == null ? fallback : best;
    }

    private String specsFolder() {
        List<Node> specs = mine.stream().filter(n -> n.kind() == NodeKind.COMPONENT_SPEC || n.kind() == NodeKind.BUG
                || n.kind() == NodeKind.HOTFIX).toList();
        return mostCommon(specs, Conventions::homeFolder, "specs");
    }

    /**
     * ADR {@code n+1} after the repo's highest ADR number, in the folder of its ADRs, named like most of them:
     * {@code 0105-title.md} (adr-tools, width kept) or {@code ADR-105-title.md}.
     */
    private NewDocument.Proposal adr(TemplateKind kind, String title) {
        List<Node> adrs = mine.stream().filter(n -> n.kind() == NodeKind.ADR).toList();
        int max = 0;
        int padded = 0;
        int prefixed = 0;
        int width = 4;
        for (Node n : adrs) {
            Matcher m = ADR_NUMBER.matcher(Numbering.baseId(n.id()));
            if (m.matches() && m.group(1).length() < 10) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
            String file = n.path().substring(n.path().lastIndexOf('/') + 1);
            Matcher nf = NUMBERED_FILE.matcher(file);
            if (nf.matches()) {
                padded++;
                width = Math.max(width, nf.group(1).length());
            } else if (ADR_FILE.matcher(file).matches()) {
                prefixed++;
            }
        }
        String folder = mostCommon(adrs, n -> n.path().contains("/") ? n.path().substring(0, n.path()
                .lastIndexOf('/')) : "", adrFolder());
        int next = max + 1;
        String number = Integer.toString(next);
        String stem = prefixed > padded ? "ADR-" + Numbering.pad(next, 3) : Numbering.pad(next, width);
        return new NewDocument.Proposal(repo, kind, "ADR-" + number, number, file(folder, stem, title));
    }

    /** Without ADRs yet: {@code .adr-dir}, else {@code adr} in a seed repo, else adr-tools' {@code doc/adr}. */
    private String adrFolder() {
        Path dotAdr = info.path().resolve(".adr-dir");
        if (Files.isRegularFile(dotAdr)) {
            try {
                String dir = Files.readString(dotAdr, StandardCharsets.UTF_8).strip();
                if (!dir.isEmpty() && !dir.contains("..") && !dir.startsWith("/")) {
                    return dir.endsWith("/") ? dir.substring(0, dir.length() - 1) : dir;
                }
            } catch (IOException e) {
                // fall through to the defaults
            }
        }
        boolean seed = info.layouts().stream().anyMatch(l -> l.label().startsWith("seed"));
        return seed || Files.isDirectory(info.path().resolve("adr")) ? "adr" : "doc/adr";
    }

    /** spec-kit's next feature: {@code specs/NNN-short-name/spec.md}, NNN after the highest in {@code specs/}. */
    private NewDocument.Proposal specKit(String title) {
        int max = 0;
        Path specs = info.path().resolve("specs");
        if (Files.isDirectory(specs)) {
            try (Stream<Path> s = Files.list(specs)) {
                for (Path p : s.filter(Files::isDirectory).toList()) {
                    String name = p.getFileName().toString();
                    Matcher m = SPEC_KIT_DIR.matcher(name);
                    if (m.matches() && !TIMESTAMP_DIR.matcher(name).matches() && m.group(1).length() < 10) {
                        max = Math.max(max, Integer.parseInt(m.group(1)));
                    }
                }
            } catch (IOException e) {
                // an unreadable specs/ folder: start at 001
            }
        }
        String number = Numbering.pad(max + 1, 3);
        String name = Numbering.specKitShortName(title);
        String id = name.isEmpty() ? number : number + "-" + name;
        return new NewDocument.Proposal(repo, TemplateKind.SPEC_KIT_SPEC, id, number, "specs/" + id + "/spec.md");
    }

    /** An OpenSpec change named after its title (kebab case), made unique among the repo's changes. */
    private NewDocument.Proposal change(String title) {
        String base = Numbering.slug(title);
        base = base.isEmpty() ? "change" : base;
        String id = base;
        for (int i = 2; exists("openspec/changes/" + id) || hasNode(id); i++) {
            id = base + "-" + i;
        }
        return new NewDocument.Proposal(repo, TemplateKind.OPENSPEC_PROPOSAL, id, "",
                "openspec/changes/" + id + "/proposal.md");
    }

    private boolean exists(String rel) {
        return Files.exists(info.path().resolve(rel));
    }

    private boolean hasNode(String id) {
        return mine.stream().anyMatch(n -> n.id().equals(id));
    }

    /** {@code engineering-design.md} beside the feature's {@code spec.md}; a single-file spec has no folder for it. */
    private NewDocument.Proposal design(String featureKey) {
        Node f = ws.graph().node(featureKey).orElseThrow(() -> new IllegalArgumentException("no node " + featureKey));
        if (!f.repo().equals(repo) || !f.path().endsWith("/spec.md")) {
            throw new IllegalArgumentException(featureKey + " is not a feature folder of " + repo
                    + " (an engineering design document sits beside the feature's spec.md)");
        }
        String dir = f.path().substring(0, f.path().lastIndexOf('/'));
        return new NewDocument.Proposal(repo, TemplateKind.DESIGN_DOC, f.id(), "", dir + "/engineering-design.md");
    }

    /** The next task id in the platform spec's tasks file ({@code T032} after {@code T031}). */
    private NewDocument.Proposal fanOutTask(String specKey) {
        Node spec = ws.graph().node(specKey).orElseThrow(() -> new IllegalArgumentException("no node " + specKey));
        Node tasks = ws.graph().node(spec.key() + "/tasks").orElseThrow(() ->
                new IllegalArgumentException(specKey + " has no tasks file"));
        List<String> ids = new java.util.ArrayList<>();
        for (Node n : List.of(spec, tasks)) {
            n.parts().get(TaskItem.class).stream().map(TaskItem::taskId).filter(Objects::nonNull).forEach(ids::add);
            n.parts().get(FanOutTask.class).stream().map(FanOutTask::taskId).filter(Objects::nonNull).forEach(ids::add);
        }
        String id = Numbering.next(ids, "T", 3);
        return new NewDocument.Proposal(repo, TemplateKind.FAN_OUT_TASK, id, id.substring(1), tasks.path());
    }
}
