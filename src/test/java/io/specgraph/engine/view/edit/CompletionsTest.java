package io.specgraph.engine.view.edit;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.templates.TemplateForms;
import io.specgraph.template.Field;
import io.specgraph.template.FormDefinition;
import io.specgraph.template.TemplateKind;
import io.specgraph.ui.FxDemo;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reference completion on the demo: what each field of a component spec may point at, across all repos. */
class CompletionsTest {

    private final Workspace ws = FxDemo.workspace();

    private Field field(String key) throws Exception {
        String text = Files.readString(FxDemo.dir().resolve("cart/specs/SPEC-CART-01-guest-cart.md"));
        FormDefinition f = TemplateForms.form(ws, io.specgraph.parse.Document.ofText("x.md", text),
                TemplateKind.COMPONENT_SPEC, io.specgraph.model.NodeKind.COMPONENT_SPEC);
        return f.field(key).orElseThrow();
    }

    private static List<String> inserts(List<Completions.Candidate> c) {
        return c.stream().map(Completions.Candidate::insert).toList();
    }

    @Test
    void implementsOffersPlatformSpecsWithTheirVersionsAndTitles() throws Exception {
        List<Completions.Candidate> all = Completions.of(ws, field("implements"), "cart");
        assertThat(inserts(all)).containsExactly("PLAT-124 v1", "PLAT-126 v1", "PLAT-127 v1", "PLAT-128 v1",
                "PLAT-130 v1");
        assertThat(all.get(0).detail()).contains("Guest").contains("Approved").contains("platform");
        assertThat(all.get(0).nodeKey()).isEqualTo("platform/PLAT-124");
    }

    @Test
    void blockedByOffersEveryAdrWithItsStateQualifiedWhenTheIdIsAmbiguous() throws Exception {
        List<Completions.Candidate> all = Completions.of(ws, field("blocked_by"), "cart");
        assertThat(inserts(all)).contains("ADR-1", "payments:ADR-1", "shipping:ADR-1", "ADR-100", "ADR-104",
                "ADR-3").doesNotContain("cart:ADR-1", "shipping:ADR-3");
        assertThat(inserts(all)).startsWith("ADR-1", "payments:ADR-1", "shipping:ADR-1", "ADR-2", "shipping:ADR-2");
        Completions.Candidate adr100 = all.stream().filter(c -> c.insert().equals("ADR-100")).findFirst()
                .orElseThrow();
        assertThat(adr100.detail()).contains("Proposed");
        assertThat(Completions.filter(all, "adr-10")).extracting(Completions.Candidate::insert)
                .startsWith("ADR-100", "ADR-101", "ADR-102", "ADR-103", "ADR-104");
        assertThat(inserts(Completions.filter(all, "rejected"))).containsExactly("ADR-104");
    }

    @Test
    void contractsPacksDomainsAndComponentsComeWithWhatTheyNeed() throws Exception {
        assertThat(inserts(Completions.of(ws, field("contracts_referenced"), "cart"))).contains("CONTRACT-10 v1",
                "CONTRACT-10 v2", "CONTRACT-11 v1", "CONTRACT-12 v1", "CONTRACT-13 v2");
        assertThat(inserts(Completions.of(ws, field("context_pack"), "cart"))).containsExactly("cp-checkout v1",
                "cp-checkout v2");
        assertThat(inserts(Completions.of(ws, field("domain"), "cart"))).containsExactly("cart", "checkout",
                "payments", "shipping");
        Field consumers = new Field("consumers", "consumers", io.specgraph.template.FieldType.REFERENCE_LIST, "",
                List.of(), "", false, List.of(), List.of("component"), false, io.specgraph.template.Necessity.REQUIRED,
                "IS2", io.specgraph.model.MetaSource.FRONT_MATTER, null, null);
        assertThat(inserts(Completions.of(ws, consumers, "platform"))).containsExactly("cart", "payments",
                "shipping");
    }

    @Test
    void aListFieldCompletesItsLastItem() {
        assertThat(Completions.query("ADR-101, ADR-10", true)).isEqualTo("ADR-10");
        assertThat(Completions.query("[]", true)).isEmpty();
        assertThat(Completions.query("PLAT-1", false)).isEqualTo("PLAT-1");
        assertThat(Completions.accept("ADR-101, ADR-10", "ADR-100", true)).isEqualTo("ADR-101, ADR-100");
        assertThat(Completions.accept("[]", "ADR-100", true)).isEqualTo("ADR-100");
        assertThat(Completions.accept("ADR-101,", "ADR-100", true)).isEqualTo("ADR-101, ADR-100");
        assertThat(Completions.accept("PLAT-1", "PLAT-124 v1", false)).isEqualTo("PLAT-124 v1");
    }
}
