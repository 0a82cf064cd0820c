package io.specgraph.engine.view.edit;

import org.junit.jupiter.api.Test;

import static io.specgraph.engine.view.edit.DiskCheck.Decision.ADOPT;
import static io.specgraph.engine.view.edit.DiskCheck.Decision.ASK;
import static io.specgraph.engine.view.edit.DiskCheck.Decision.GONE;
import static io.specgraph.engine.view.edit.DiskCheck.Decision.RELOAD;
import static io.specgraph.engine.view.edit.DiskCheck.Decision.SAME;
import static org.assertj.core.api.Assertions.assertThat;

/** Nothing is overwritten silently: only an unedited buffer follows the disk by itself. */
class DiskCheckTest {

    private static byte[] b(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void decisions() {
        assertThat(DiskCheck.decide(b("a"), b("a"), b("a"))).isEqualTo(SAME);
        assertThat(DiskCheck.decide(b("a"), b("a"), b("mine"))).isEqualTo(SAME);
        assertThat(DiskCheck.decide(b("a"), b("theirs"), b("a"))).isEqualTo(RELOAD);
        assertThat(DiskCheck.decide(b("a"), b("theirs"), b("mine"))).isEqualTo(ASK);
        assertThat(DiskCheck.decide(b("a"), b("mine"), b("mine"))).isEqualTo(ADOPT);
        assertThat(DiskCheck.decide(b("a"), null, b("a"))).isEqualTo(GONE);
    }
}
