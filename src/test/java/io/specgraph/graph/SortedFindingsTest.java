package io.specgraph.graph;

import io.specgraph.model.Finding;
import io.specgraph.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sorted findings stay in report order as findings come and go, equal ones kept as often as added. */
class SortedFindingsTest {

    @Test
    void staysInReportOrderThroughRandomUpdatesAndEarlierListsStayAsTheyWere() {
        Random r = new Random(5);
        List<Finding> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            expected.add(random(r));
        }
        SortedFindings findings = new SortedFindings(expected);
        List<List<Finding>> lists = new ArrayList<>();
        List<List<Finding>> copies = new ArrayList<>();
        for (int step = 0; step < 300; step++) {
            List<Finding> removed = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0 && !expected.isEmpty(); i--) {
                removed.add(expected.remove(r.nextInt(expected.size())));
            }
            List<Finding> added = new ArrayList<>();
            for (int i = r.nextInt(4); i > 0; i--) {
                Finding f = r.nextInt(5) == 0 && !expected.isEmpty() ? expected.get(r.nextInt(expected.size()))
                        : random(r);
                added.add(f);
                expected.add(f);
            }
            findings.update(removed, added);
            expected.sort(Finding.ORDER);
            assertThat(findings.list()).containsExactlyElementsOf(expected);
            lists.add(findings.list());
            copies.add(List.copyOf(expected));
        }
        for (int i = 0; i < lists.size(); i++) {
            assertThat(lists.get(i)).containsExactlyElementsOf(copies.get(i));
        }
    }

    @Test
    void theListIsTheSameUntilTheNextChange() {
        Finding a = finding("a", "x.md", 1, "A");
        SortedFindings findings = new SortedFindings(List.of(a));
        List<Finding> first = findings.list();
        assertThat(findings.list()).isSameAs(first);
        findings.update(List.of(), List.of());
        assertThat(findings.list()).isSameAs(first);
        findings.update(List.of(a), List.of());
        assertThat(findings.list()).isEmpty();
        assertThat(first).containsExactly(a);
    }

    @Test
    void removingAFindingItDoesNotHoldIsAnError() {
        Finding a = finding("a", "x.md", 1, "A");
        SortedFindings findings = new SortedFindings(List.of(a, a));
        findings.update(List.of(a), List.of());
        assertThat(findings.list()).containsExactly(a);
        assertThatThrownBy(() -> findings.update(List.of(finding("a", "x.md", 2, "A")), List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not held");
    }

    private static Finding random(Random r) {
        return finding("r" + r.nextInt(3), "f" + r.nextInt(5) + ".md", r.nextInt(4), "m" + r.nextInt(3));
    }

    private static Finding finding(String repo, String path, int line, String message) {
        return new Finding("X1", Severity.WARNING, null, null, repo, path, line, 0, message, null);
    }
}
