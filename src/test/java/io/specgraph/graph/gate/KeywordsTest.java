package io.specgraph.graph.gate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class KeywordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "p95 latency < 250 ms|P95|true",
            "The P95 is 2 s|P95|true",
            "xp95 latency|P95|false",
            "p950 latency|P95|false",
            "p95é|P95|false",
            "(p95)|P95|true",
            "Throughput: 200 rps|THROUGHPUT|true",
            "throughputs|THROUGHPUT|false",
            "No personal data is stored|PERSONAL_DATA|true",
            "personal   data|PERSONAL_DATA|false",
            "LOG|LOG|true",
            "catalog|LOG|false",
            "|LOG|false",
            "日志p95|P95|false",
            "p95日志|P95|false",
            "p95 — 200 ms|P95|true",
            "延迟 p95 < 200 ms|P95|true",
            "😀p95 latency|P95|true",
            "😀 ? p95?|P95|true",
            "a?p95|P95|true",
            "ép95|P95|false",
    })
    void findsWholeWordsOnly(String text, Keywords k, boolean expected) {
        String t = text == null ? "" : text;
        assertThat(k.in(Keywords.mask(t))).isEqualTo(expected);
        assertThat(Keywords.scan(t).get(k.ordinal())).isEqualTo(expected);
    }
}
