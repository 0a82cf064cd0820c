package io.specgraph.engine.view.templates;

import io.specgraph.engine.Workspace;
import io.specgraph.template.Forms;
import io.specgraph.template.Template;
import io.specgraph.template.TemplateKind;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A new document from a template: {@link #propose} finds the id and the file the repo's conventions expect (next
 * free number, file name and folder of the layout); {@link #render} fills a template with values (id, title, date,
 * parent links …) and gives the bytes to write.
 */
public final class NewDocument {

    /**
     * Where a new document goes.
     *
     * @param repo   the repo
     * @param kind   the template kind
     * @param id     its id ({@code PLAT-131}, {@code ADR-105}, {@code 004-guest-login}, a change name, a task id)
     * @param number the number in the id ({@code 105}), or "" when the id has none
     * @param path   the file to write, repo-relative; for a fan-out task the tasks file to append it to
     */
    public record Proposal(String repo, TemplateKind kind, String id, String number, String path) {
        public Proposal {
            Objects.requireNonNull(repo, "repo");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(id, "id");
            number = number == null ? "" : number;
            Objects.requireNonNull(path, "path");
        }
    }

    private NewDocument() {
    }

    /** The id and file for a new document of {@code kind} in {@code repo}, named without a title. */
    public static Proposal propose(Workspace ws, String repo, TemplateKind kind) {
        return propose(ws, repo, kind, "", null);
    }

    /** The id and file for a new document of {@code kind} in {@code repo}, its file named after {@code title}. */
    public static Proposal propose(Workspace ws, String repo, TemplateKind kind, String title) {
        return propose(ws, repo, kind, title, null);
    }

    /**
     * The id and file for a new document of {@code kind} in {@code repo}. {@code parent} is needed by the kinds that
     * belong to another document: the change name for OpenSpec tasks and delta specs (whose {@code title} is then the
     * capability path), the feature's node key for an engineering design document, the platform spec's node key for
     * a fan-out task.
     *
     * @throws IllegalArgumentException when the repo is not in the workspace, or a needed parent is missing
     */
    public static Proposal propose(Workspace ws, String repo, TemplateKind kind, String title, String parent) {
        if (ws.graph().repo(repo).isEmpty()) {
            throw new IllegalArgumentException("no repo " + repo + " in the workspace");
        }
        return new Conventions(ws, repo).propose(kind, title == null ? "" : title.strip(), parent);
    }

    /**
     * The values a new document starts with: its id, its first heading from {@code title} (with the prefix of the
     * kind: {@code 105. Title} for adr-tools), its title, and {@code date} as its date.
     */
    public static Map<String, String> values(Proposal p, String title, LocalDate date) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("heading", p.kind().heading(p.number(), title));
        switch (p.kind()) {
            case ADR_NYGARD, ADR_MADR, OPENSPEC_TASKS, OPENSPEC_DELTA -> {
                // the id is the file name (ADR number, change folder)
            }
            case SPEC_KIT_SPEC -> v.put("feature_branch", p.id());
            case FAN_OUT_TASK -> v.remove("heading");
            default -> v.put("id", p.id());
        }
        if (p.kind() == TemplateKind.CONTRACT) {
            v.put("title", title);
        }
        String iso = date.toString();
        v.put("date", iso);
        v.put("created", iso);
        return v;
    }

    /**
     * {@code template} with {@code values} (field key → value; {@code heading} is the first-level heading,
     * {@code task} a fan-out task's line) written in; placeholders of fields not given are cleared, guidance
     * comments of filled fields dropped. Everything else is the template's text, byte for byte.
     */
    public static byte[] render(Template template, Map<String, String> values) {
        return Forms.fill(Forms.of(template), values).bytes();
    }
}
