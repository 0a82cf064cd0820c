package io.specgraph.parse;

import io.specgraph.model.Content;
import io.specgraph.model.FanOutTask;
import io.specgraph.model.Keys;
import io.specgraph.model.ListValues;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Metadata;
import io.specgraph.model.Span;
import io.specgraph.model.TaskItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds fan-out tasks in a platform spec's tasks file. Two forms are read: a task line followed by indented
 * {@code - field: value} bullets, and a markdown table whose header names the fields (one row per task).
 */
public final class FanOutTasks {

    private static final Set<String> FIELDS = Set.of(Keys.COMPONENT_REPO, Keys.PLATFORM_SPEC_ID,
            Keys.CONTEXT_PACK_VERSION, Keys.CONTRACT_CHANGE, Keys.BLOCKED_BY);

    private static final java.util.regex.Pattern CHECKBOX = java.util.regex.Pattern.compile("^[-*]\\s*\\[[ xX]\\].*");

    private FanOutTasks() {
    }

    public static List<FanOutTask> read(Document doc, Content content, List<TaskItem> tasks) {
        List<FanOutTask> out = new ArrayList<>();
        for (TaskItem t : tasks) {
            if (t.verbatim()) {
                continue;
            }
            int end = t.line();
            while (end < content.lineCount() && isSubLine(content.line(end + 1), t.indent())) {
                end++;
            }
            if (end == t.line()) {
                continue;
            }
            List<MetaValue> values = MetaScan.bullets(doc, content, t.line() + 1, end);
            if (values.stream().anyMatch(v -> FIELDS.contains(v.key()))) {
                out.add(new FanOutTask(doc.path(), t.line(), t.taskId(), t.text(), t.done(), Metadata.of(values)));
            }
        }
        out.addAll(tables(doc, content));
        out.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return out;
    }

    private static boolean isSubLine(String line, int indent) {
        if (line.isBlank()) {
            return false;
        }
        int lead = line.length() - line.stripLeading().length();
        String t = line.stripLeading();
        return lead > indent && (t.startsWith("- ") || t.startsWith("* ")) && !CHECKBOX.matcher(t).matches();
    }

    private static List<FanOutTask> tables(Document doc, Content content) {
        List<FanOutTask> out = new ArrayList<>();
        for (int n = 1; n < content.lineCount(); n++) {
            if (content.isVerbatim(n) || !content.line(n).strip().startsWith("|")) {
                continue;
            }
            List<String> header = cells(content.line(n));
            List<String> keys = header.stream().map(Keys::canonical).toList();
            if (keys.stream().noneMatch(FIELDS::contains) || !content.line(n + 1).contains("---")) {
                continue;
            }
            int row = n + 2;
            for (; row <= content.lineCount() && content.line(row).strip().startsWith("|"); row++) {
                out.add(rowTask(doc, content.line(row), row, header, keys));
            }
            n = row;
        }
        return out;
    }

    private static FanOutTask rowTask(Document doc, String line, int row, List<String> header, List<String> keys) {
        List<String> values = cells(line);
        List<MetaValue> meta = new ArrayList<>();
        String taskId = null;
        String text = "";
        int searchFrom = 0;
        for (int i = 0; i < keys.size() && i < values.size(); i++) {
            String v = values.get(i);
            int col = v.isEmpty() ? line.indexOf('|', searchFrom) + 1 : line.indexOf(v, searchFrom);
            searchFrom = Math.max(searchFrom, col + v.length());
            String k = keys.get(i);
            if (k.equals("task") || k.equals("id") || k.equals("task_id")) {
                taskId = v;
            } else if (k.equals("description") || k.equals("title") || k.equals("summary")) {
                text = v;
            }
            Span span = doc.spanInLine(row, Math.max(0, col), Math.max(0, col) + v.length());
            meta.add(new MetaValue(k, header.get(i), v, ListValues.split(v), MetaSource.METADATA_SECTION, doc.path(),
                    span, List.of()));
        }
        return new FanOutTask(doc.path(), row, taskId, text, false, Metadata.of(meta));
    }

    static List<String> cells(String line) {
        String t = line.strip();
        if (t.startsWith("|")) {
            t = t.substring(1);
        }
        if (t.endsWith("|")) {
            t = t.substring(0, t.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String c : t.split("\\|", -1)) {
            out.add(c.strip().replace("`", "").toLowerCase(Locale.ROOT).equals("-") ? "" : c.strip());
        }
        return out;
    }
}
