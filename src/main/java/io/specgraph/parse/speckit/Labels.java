package io.specgraph.parse.speckit;

import io.specgraph.model.Content;
import io.specgraph.model.Keys;
import io.specgraph.model.ListValues;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Span;
import io.specgraph.parse.Document;
import io.specgraph.parse.MarkdownDoc;
import io.specgraph.parse.MetaScan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bold-label metadata that {@link MetaScan} leaves to this reader: labels in Japanese or Chinese in a spec-kit
 * header ({@code **ステータス**: 下書き}), and a constitution's {@code **Version**: … | **Ratified**: … |
 * **Last Amended**: …} line in any language ({@code **バージョン**: 1.0.0 | **批准**: … | **最終改正**: …}).
 */
public final class Labels {

    /** Constitution keys read from the version line. */
    public static final String RATIFIED = "ratified";
    public static final String LAST_AMENDED = "last_amended";

    private static final Pattern LABEL = Pattern.compile(
            "(\\*\\*|__)([^*_:：|\\s][^*_:：|]{0,40}?)([:：]?)\\1[ \\t]*([:：]?)");
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s*<!--.*?-->\\s*$");

    private static final Map<String, String> HEADER = aliases(Map.of(
            Keys.STATUS, List.of("ステータス", "状態", "状态", "狀態", "状況"),
            "created", List.of("作成日", "創建日期", "创建日期", "建立日期", "作成"),
            "feature_branch", List.of("機能ブランチ", "功能分支", "特性分支", "ブランチ"),
            "input", List.of("入力", "输入", "輸入")));
    private static final Map<String, String> VERSION_LINE = aliases(Map.of(
            Keys.VERSION, List.of("version", "バージョン", "版本", "版本号", "版本號"),
            RATIFIED, List.of("ratified", "ratification date", "adopted", "批准", "批准日", "制定", "制定日", "採択日",
                    "批准日期", "通过日期"),
            LAST_AMENDED, List.of("last amended", "amended", "last updated", "最終改正", "最終改正日", "最終改定",
                    "最終改定日", "最終更新", "最終更新日", "最后修订", "最后修订日期", "最后修改", "最后更新", "最後修訂")));

    private Labels() {
    }

    private static Map<String, String> aliases(Map<String, List<String>> byKey) {
        Map<String, String> out = new LinkedHashMap<>();
        byKey.forEach((key, names) -> names.forEach(n -> out.put(norm(n), key)));
        return out;
    }

    private static String norm(String label) {
        return Keys.canonical(label.strip()).toLowerCase(Locale.ROOT);
    }

    /**
     * Header labels written in Japanese or Chinese before the first {@code ##} heading, as {@code BOLD_LABEL}
     * values under their canonical keys (English labels are {@link MetaScan}'s).
     */
    public static List<MetaValue> localHeader(MarkdownDoc md) {
        List<MetaValue> out = new ArrayList<>();
        Content c = md.content();
        int end = md.scan().preambleEnd();
        for (int n = md.scan().frontMatterEnd() + 1; n <= end; n++) {
            if (c.isVerbatim(n)) {
                continue;
            }
            for (MetaValue v : labels(md.doc(), n, MetaSource.BOLD_LABEL)) {
                String key = HEADER.get(norm(v.rawKey()));
                if (key != null && !startsAscii(v.rawKey())) {
                    out.add(rekey(v, key));
                }
            }
        }
        return out;
    }

    /**
     * The constitution's version line: {@code version}, {@code ratified} and {@code last_amended} from bold labels
     * outside code and comments anywhere in the document ({@link MetaScan#labels}, else the same read for labels in
     * other scripts or in a block quote); when a key appears more than once the last one (the
     * footer) is taken.
     */
    public static List<MetaValue> versionLine(MarkdownDoc md) {
        Map<String, MetaValue> last = new LinkedHashMap<>();
        Content c = md.content();
        for (int n = 1; n <= c.lineCount(); n++) {
            if (c.isVerbatim(n) || !(c.line(n).contains("**") || c.line(n).contains("__"))) {
                continue;
            }
            List<MetaValue> found = MetaScan.labels(md.doc(), n, MetaSource.VERSION_LINE);
            if (found.stream().noneMatch(v -> VERSION_LINE.containsKey(norm(v.rawKey())))) {
                found = labels(md.doc(), n, MetaSource.VERSION_LINE);
            }
            for (MetaValue v : found) {
                String key = VERSION_LINE.get(norm(v.rawKey()));
                if (key != null) {
                    last.remove(key);
                    last.put(key, rekey(v, key));
                }
            }
        }
        List<MetaValue> out = new ArrayList<>();
        for (String key : List.of(Keys.VERSION, RATIFIED, LAST_AMENDED)) {
            if (last.containsKey(key)) {
                out.add(last.get(key));
            }
        }
        return out;
    }

    /** Every {@code **Label**: value} pair on line {@code n}, labels in any script; values end at {@code |}. */
    static List<MetaValue> labels(Document doc, int n, MetaSource source) {
        String line = doc.line(n);
        Matcher m = LABEL.matcher(line);
        List<int[]> found = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        while (m.find()) {
            boolean colon = !m.group(3).isEmpty() || !m.group(4).isEmpty();
            String before = line.substring(0, m.start());
            boolean atStart = before.isBlank() || before.stripTrailing().endsWith("|") || before.strip().equals(">");
            if (colon && atStart) {
                found.add(new int[]{m.start(), m.end()});
                keys.add(m.group(2).strip());
            }
        }
        List<MetaValue> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            int from = found.get(i)[1];
            int to = i + 1 < found.size() ? found.get(i + 1)[0] : line.length();
            int bar = line.substring(from, to).lastIndexOf('|');
            if (i + 1 < found.size() && bar >= 0) {
                to = from + bar;
            }
            String v = line.substring(from, to);
            Matcher cm = TRAILING_COMMENT.matcher(v);
            if (cm.find()) {
                v = v.substring(0, cm.start());
            }
            int lead = v.length() - v.stripLeading().length();
            String s = v.strip();
            Span span = doc.spanInLine(n, from + lead, from + lead + s.length());
            String value = MetaScan.plain(s);
            out.add(new MetaValue(Keys.canonical(keys.get(i)), keys.get(i), value, ListValues.split(value), source,
                    doc.path(), span, List.of()));
        }
        return out;
    }

    private static MetaValue rekey(MetaValue v, String key) {
        return new MetaValue(key, v.rawKey(), v.value(), v.items(), v.source(), v.path(), v.span(), v.itemSpans());
    }

    private static boolean startsAscii(String label) {
        char c = label.charAt(0);
        return c < 128 && Character.isLetter(c);
    }
}
