package io.specgraph.graph.gate.openspec;

import io.specgraph.model.OpenSpecChange;
import io.specgraph.model.OpenSpecProject;
import io.specgraph.model.OpenSpecSchema;
import io.specgraph.model.OpenSpecTask;
import io.specgraph.model.OpenSpecTaskFile;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code collectTaskFileIssues}: the change's task files (the schema's tracked ones, else a top-level
 * {@code tasks.md}) checked for lists written without checkboxes (only when the schema tracks a file) and, for the
 * built-in {@code spec-driven} schema, for task numbers outside their {@code ## N.} group and duplicated ids.
 */
final class TaskValidation {

    static final String NO_CHECKBOX = "This change counts as 0 tasks: no line in its tracked task files is a checkbox, "
            + "so \"openspec list\" and \"openspec status\" report no work and \"openspec archive\" has nothing to "
            + "flag as incomplete. Write each task as \"- [ ] 1.1 Description\".";

    private TaskValidation() {
    }

    static void validate(OpenSpecChange change, OpenSpecProject project, List<OpenSpecTaskFile> files, Report out) {
        List<OpenSpecTaskFile> tracked = files.stream().filter(OpenSpecTaskFile::tracked).toList();
        List<OpenSpecTaskFile> docs = new ArrayList<>(tracked.isEmpty()
                ? files.stream().filter(f -> f.changePath().equals("tasks.md")).toList() : tracked);
        Collator collator = Collator.getInstance(Locale.ENGLISH);
        docs.sort(Comparator.comparing(OpenSpecTaskFile::changePath, collator));
        if (!tracked.isEmpty() && docs.stream().allMatch(d -> d.total() == 0)) {
            for (OpenSpecTaskFile d : docs) {
                if (d.firstListItemLine() > 0) {
                    out.warning(OpenSpecRules.TASKS_WITHOUT_CHECKBOX, d.path(), d.firstListItemLine(), NO_CHECKBOX);
                }
            }
        }
        if (builtInSpecDriven(change, project)) {
            numbering(docs, out);
        }
    }

    /** The change resolves to the package's own {@code spec-driven} schema (not a project schema of that name). */
    static boolean builtInSpecDriven(OpenSpecChange change, OpenSpecProject project) {
        return change.schemaFound() && change.schema().equals(OpenSpecSchema.SPEC_DRIVEN.name())
                && (project == null
                || project.schema(OpenSpecSchema.SPEC_DRIVEN.name()).map(OpenSpecSchema::builtIn).orElse(false));
    }

    private record Place(String changePath, int line) {
    }

    private static void numbering(List<OpenSpecTaskFile> docs, Report out) {
        Map<String, Place> first = new HashMap<>();
        for (OpenSpecTaskFile d : docs) {
            if (!d.numberedGroups()) {
                continue;
            }
            for (OpenSpecTask t : d.tasks()) {
                if (t.group() == null || t.taskId() == null) {
                    continue;
                }
                String id = t.taskId();
                String taskGroup = id.substring(0, id.indexOf('.'));
                if (!OsText.group(taskGroup).equals(OsText.group(t.group()))) {
                    out.warning(OpenSpecRules.TASK_WRONG_GROUP, d.path(), t.line(), "Task \"" + id + "\" is under "
                            + "group " + t.group() + ", but its leading number points to group " + taskGroup
                            + ". Move it to group " + taskGroup + " or renumber it.");
                }
                Place earlier = first.get(id);
                if (earlier != null) {
                    String where = earlier.changePath().equals(d.changePath()) ? "on line " + earlier.line()
                            : "in " + earlier.changePath() + " on line " + earlier.line();
                    out.warning(OpenSpecRules.TASK_DUPLICATE_ID, d.path(), t.line(),
                            "Task ID \"" + id + "\" is duplicated; it was first declared " + where + ".");
                } else {
                    first.put(id, new Place(d.changePath(), t.line()));
                }
            }
        }
    }
}
