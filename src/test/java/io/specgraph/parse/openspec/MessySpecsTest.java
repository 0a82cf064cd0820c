package io.specgraph.parse.openspec;

import io.specgraph.model.Node;
import io.specgraph.model.OpenSpecSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Main specs as real repos write them (real-repos.md, OpenSpec trees). */
class MessySpecsTest {

    private final Fixtures.Read read = Fixtures.read("messy-specs");

    private OpenSpecSpec spec(String id) {
        return read.node(id).parts().get(OpenSpecSpec.class).get(0);
    }

    @Test
    void findsCapabilitiesAtAnyDepthButNotAtTheSpecsRootOrInDotFolders() {
        assertThat(read.nodes().keySet()).containsExactlyInAnyOrder("no-h1", "bare-title", "commented",
                "placeholder", "crlf-bom", "fenced", "_archived/old-search", "_archived/old-export");
        assertThat(read.findings()).isEmpty();
    }

    @Test
    void specWithoutH1StartsAtPurposeAndIsTitledByItsId() {
        Node n = read.node("no-h1");
        assertThat(n.title()).isEqualTo("no-h1");
        assertThat(spec("no-h1").title()).isNull();
        assertThat(spec("no-h1").purposeLine()).isEqualTo(1);
        assertThat(spec("no-h1").requirements()).hasSize(1);
    }

    @Test
    void bareCapabilityIdTitleAndCommentBeforeTitle() {
        assertThat(read.node("bare-title").title()).isEqualTo("bare-title");
        assertThat(read.node("bare-title").files()).containsExactly("openspec/specs/bare-title/spec.md",
                "openspec/specs/bare-title/design.md");
        assertThat(read.node("commented").title()).isEqualTo("Commented Spec");
        assertThat(spec("commented").purposeLine()).isEqualTo(7);
        assertThat(spec("commented").requirements().get(0).line()).isEqualTo(11);
    }

    @Test
    void placeholderPurposeIsMarkedWithItsLine() {
        OpenSpecSpec s = spec("placeholder");
        assertThat(s.placeholder()).isTrue();
        assertThat(s.placeholderLine()).isEqualTo(4);
        assertThat(spec("bare-title").placeholder()).isFalse();
    }

    @Test
    void nestedTwoLevelsDeepUsesThePathAsId() {
        Node n = read.node("_archived/old-search");
        assertThat(n.path()).isEqualTo("openspec/specs/_archived/old-search/spec.md");
        assertThat(n.title()).isEqualTo("old-search Specification");
        assertThat(spec("_archived/old-export").purpose()).isEqualTo("Old XML export.");
    }

    @Test
    void crlfAndBomParseLikeLfWithOriginalLineNumbers() {
        OpenSpecSpec s = spec("crlf-bom");
        assertThat(read.node("crlf-bom").title()).isEqualTo("crlf-bom Specification");
        assertThat(s.purpose()).startsWith("Written on Windows").doesNotContain("\r");
        assertThat(s.requirements()).hasSize(1);
        assertThat(s.requirements().get(0).text()).isEqualTo("The parser SHALL read CRLF files like LF files.");
        assertThat(s.blocks().get(0).line()).isEqualTo(7);
        assertThat(s.blocks().get(0).scenarioNames()).containsExactly("CRLF");
        assertThat(s.structureIssues()).isEmpty();
    }

    @Test
    void headingsInsideCodeFencesAreIgnored() {
        OpenSpecSpec s = spec("fenced");
        assertThat(s.requirementsLine()).isEqualTo(12);
        assertThat(s.requirements()).hasSize(1);
        assertThat(s.requirements().get(0).scenarios()).hasSize(1);
        assertThat(s.requirements().get(0).scenarios().get(0).rawText()).contains("Nested fence is still fenced");
        assertThat(s.blocks()).hasSize(1);
        assertThat(s.blocks().get(0).scenarioCount()).isEqualTo(1);
        assertThat(s.blocks().get(0).scenarioNames()).containsExactly("Example shown");
        assertThat(s.structureIssues()).isEmpty();
    }
}
