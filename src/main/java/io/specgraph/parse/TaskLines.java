package io.specgraph.parse;

import io.specgraph.model.Content;
import io.specgraph.model.Heading;
import io.specgraph.model.TaskItem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds checkbox lines the way OpenSpec counts them ({@code /^\s*[-*]\s*\[([\sxX])\]\s*(.*)/}, even inside code
 * blocks, marked {@link TaskItem#verbatim()}), and splits off the task id, {@code [P]} and {@code [USn]} markers.
 */
public final class TaskLines {

    private static final Pattern CHECKBOX = Pattern.compile("^(\\s*)[-*]\\s*\\[([\\sxX])\\]\\s*(.*)$");
    private static final Pattern ID = Pattern.compile("^(T\\d{2,}|CHK\\d{2,}|\\d+(?:\\.\\d+)+[A-Za-z]*|[A-Z]{1,5}-?\\d{2,}|TXXX)(?=\\s|$|:)\\s*:?\\s*");
    private static final Pattern PARALLEL = Pattern.compile("^\\[P\\]\\s*");
    private static final Pattern STORY = Pattern.compile("^\\[(US\\d+)\\]\\s*");

    private TaskLines() {
    }

    public static List<TaskItem> read(Content content) {
        List<TaskItem> out = new ArrayList<>();
        List<Heading> headings = content.headings();
        int h = 0;
        String group = "";
        for (int n = 1; n <= content.lineCount(); n++) {
            while (h < headings.size() && headings.get(h).line() <= n) {
                group = headings.get(h).text();
                h++;
            }
            String line = content.line(n);
            Matcher m = CHECKBOX.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String rest = m.group(3);
            String id = null;
            boolean parallel = false;
            String story = null;
            Matcher im = ID.matcher(rest);
            if (im.find()) {
                id = im.group(1);
                rest = rest.substring(im.end());
            }
            for (int k = 0; k < 2; k++) {
                Matcher pm = PARALLEL.matcher(rest);
                if (pm.find()) {
                    parallel = true;
                    rest = rest.substring(pm.end());
                }
                Matcher sm = STORY.matcher(rest);
                if (sm.find()) {
                    story = sm.group(1);
                    rest = rest.substring(sm.end());
                }
            }
            boolean done = !m.group(2).isBlank();
            out.add(new TaskItem(content.path(), n, m.group(1).length(), done, id, parallel, story, rest.strip(), line,
                    group, content.isVerbatim(n)));
        }
        return out;
    }
}
