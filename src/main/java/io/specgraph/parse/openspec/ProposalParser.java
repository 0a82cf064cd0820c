package io.specgraph.parse.openspec;

import io.specgraph.model.OpenSpecProposal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a change's {@code proposal.md} as OpenSpec's change parser does: the {@code Why} and {@code What Changes}
 * sections (found like any OpenSpec section: any level, any case, first match) and the title
 * ({@code /^#\s+(?:Change:\s+)?(.+)$/im}, a bare {@code # Proposal} does not count).
 */
final class ProposalParser {

    private static final Pattern TITLE = JsText.js("^#\\s+(?:Change:\\s+)?(.+)$", Pattern.CASE_INSENSITIVE);

    private ProposalParser() {
    }

    static OpenSpecProposal parse(String text, String path) {
        List<String> lines = JsText.lines(JsText.normalize(text));
        List<Sections.Section> sections = Sections.parse(lines, JsText.fenceMask(lines));
        Sections.Section why = Sections.find(sections, "Why");
        Sections.Section what = Sections.find(sections, "What Changes");
        String title = null;
        for (String line : lines) {
            Matcher m = TITLE.matcher(line);
            if (m.find()) {
                String t = JsText.trim(m.group(1));
                title = t.isEmpty() || JsText.lower(t).equals("proposal") ? null : t;
                break;
            }
        }
        return new OpenSpecProposal(path, title, why == null ? "" : why.content(), why == null ? 0 : why.line(),
                what == null ? "" : what.content(), what == null ? 0 : what.line());
    }
}
