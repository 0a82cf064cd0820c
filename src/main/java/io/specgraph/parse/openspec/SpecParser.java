package io.specgraph.parse.openspec;

import io.specgraph.model.OpenSpecRequirement;
import io.specgraph.model.OpenSpecScenario;
import io.specgraph.model.OpenSpecSpec;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Parses an OpenSpec main spec the way the {@code openspec} CLI does ({@code MarkdownParser.parseSpec},
 * {@code extractRequirementsSection}, {@code findMainSpecStructureIssues}, {@code findPurposePlaceholderIssue}).
 */
public final class SpecParser {

    private SpecParser() {
    }

    /**
     * @param text       the decoded text without a BOM ({@code Document.text()})
     * @param bom        the file starts with a BOM (some OpenSpec checks see it)
     * @param path       the file, repo-relative
     * @param capability the capability id
     */
    public static OpenSpecSpec parse(String text, boolean bom, String path, String capability) {
        List<String> lines = JsText.lines(JsText.normalize(text));
        BitSet fenced = JsText.fenceMask(lines);
        List<Sections.Section> sections = Sections.parse(lines, fenced);
        Sections.Section purpose = Sections.find(sections, "Purpose");
        Sections.Section reqs = Sections.find(sections, "Requirements");
        List<OpenSpecRequirement> requirements = reqs == null ? List.of() : requirements(reqs);
        Sections.Section h1 = Sections.firstOfLevel(sections, 1);
        String raw = bom ? "\uFEFF" + text : text;
        String overview = purpose == null ? "" : purpose.content();
        int placeholder = SpecStructure.placeholder(overview, raw);
        return new OpenSpecSpec(path, capability, h1 == null ? null : h1.title(), purpose != null, overview,
                purpose == null ? 0 : purpose.line(), reqs != null, reqs == null ? 0 : reqs.line(), requirements,
                RequirementBlocks.requirementsSection(lines, fenced), SpecStructure.issues(raw), placeholder != 0,
                Math.max(0, placeholder));
    }

    /** Every child heading of a section, as requirements with text and scenarios. */
    static List<OpenSpecRequirement> requirements(Sections.Section section) {
        List<OpenSpecRequirement> out = new ArrayList<>();
        for (Sections.Section child : section.children()) {
            String text = RequirementText.text(child.title(), JsText.lines(child.content()));
            List<OpenSpecScenario> scenarios = new ArrayList<>();
            for (Sections.Section s : child.children()) {
                if (!JsText.trim(s.content()).isEmpty()) {
                    scenarios.add(new OpenSpecScenario(s.title(), RequirementText.scenarioName(s.title()), s.line(),
                            s.content()));
                }
            }
            out.add(new OpenSpecRequirement(child.title(), child.line(), child.level(), text, scenarios));
        }
        return out;
    }
}
