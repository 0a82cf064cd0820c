package io.specgraph.engine.view.graph;

import io.specgraph.model.EdgeKind;
import io.specgraph.model.NodeKind;
import io.specgraph.ui.FxDemo;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SvgWriterTest {

    private static final Map<NodeKind, String> COLOURS = Map.of(NodeKind.PLATFORM_SPEC, "#0969da");

    private static String colour(NodeKind k) {
        return COLOURS.getOrDefault(k, "#123456");
    }

    @Test
    void writesOneBoxPerNodeAndOneLinePerEdgeAsWellFormedSvg() throws Exception {
        GraphIndex index = GraphIndex.of(FxDemo.workspace());
        LaidOutGraph laid = LaidOutGraph.of(index, GraphQuery.ALL);
        String svg = SvgWriter.write(laid.graph(), laid.layout(), SvgWriterTest::colour);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagName("rect").getLength()).isEqualTo(laid.graph().nodes().size() + 1);
        assertThat(doc.getElementsByTagName("line").getLength()).isEqualTo(laid.graph().edges().size());
        Element plat = byId(doc, "platform/PLAT-124");
        assertThat(plat.getAttribute("class")).isEqualTo("node kind-platform-spec ok");
        assertThat(((Element) plat.getElementsByTagName("rect").item(0)).getAttribute("fill")).isEqualTo("#0969da");
        assertThat(plat.getTextContent()).contains("PLAT-124");
        Element failing = byId(doc, "payments/SPEC-PAY-05");
        assertThat(((Element) failing.getElementsByTagName("rect").item(0)).getAttribute("stroke"))
                .isEqualTo("#ff1f1f");
        NodeList lines = doc.getElementsByTagName("line");
        boolean dashedBlock = false;
        for (int i = 0; i < lines.getLength(); i++) {
            Element l = (Element) lines.item(i);
            if (l.getAttribute("class").contains("e-blocked-by")) {
                dashedBlock = !l.getAttribute("stroke-dasharray").isEmpty()
                        && "#d1242f".equals(l.getAttribute("stroke"));
            }
        }
        assertThat(dashedBlock).isTrue();
    }

    @Test
    void escapesMarkupAndClipsEdgesToTheTargetBorder() {
        VisibleNode a = new VisibleNode("r/A&B", "A&B", "<A> \"quoted\"", NodeKind.ADR, "r", null, null, 0, false,
                false);
        VisibleNode b = new VisibleNode("r/C", "C", "C", NodeKind.ADR, "r", null, null, 0, false, false);
        VisibleGraph g = new VisibleGraph(List.of(a, b), List.of(new VisibleEdge("r/A&B", "r/C", EdgeKind.SUPERSEDES,
                1, false, false)), GroupBy.NONE, List.of(), 2, 2);
        GraphLayout layout = new GraphLayout(Map.of("r/A&B", new GraphLayout.Box(0, 0, 100, 40),
                "r/C", new GraphLayout.Box(0, 100, 100, 40)), 100, 140, "test", 0);
        String svg = SvgWriter.write(g, layout, SvgWriterTest::colour);
        assertThat(svg).contains("id=\"r/A&amp;B\"", "&lt;A&gt; &quot;quoted&quot;", ">A&amp;B</text>")
                .contains("x1=\"50\" y1=\"20\" x2=\"50\" y2=\"100\"");
    }

    private static Element byId(Document doc, String id) {
        NodeList gs = doc.getElementsByTagName("g");
        for (int i = 0; i < gs.getLength(); i++) {
            Element e = (Element) gs.item(i);
            if (id.equals(e.getAttribute("id"))) {
                return e;
            }
        }
        throw new AssertionError("no node " + id);
    }
}
