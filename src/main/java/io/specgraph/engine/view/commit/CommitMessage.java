package io.specgraph.engine.view.commit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The commit message prefilled from what changed: the notes joined with {@code "; "} on one line
 * ({@code PLAT-124: status Draft → Approved; SPEC-CART-01: blocked_by += ADR-100}); when that is longer than
 * {@value #MAX_SUBJECT} characters, a short subject naming the documents' count and repos, a blank line, and one note
 * per line.
 */
public final class CommitMessage {

    /** The longest one-line message; longer ones get a subject and a body. */
    public static final int MAX_SUBJECT = 100;

    private CommitMessage() {
    }

    /** The message for {@code notes}, in the order given; "" when there are none. */
    public static String of(List<ChangeNote> notes) {
        if (notes.isEmpty()) {
            return "";
        }
        String line = String.join("; ", notes.stream().map(ChangeNote::text).toList());
        if (line.length() <= MAX_SUBJECT) {
            return line;
        }
        Set<String> repos = new LinkedHashSet<>();
        notes.forEach(n -> repos.add(n.repo()));
        StringBuilder sb = new StringBuilder("Update ").append(notes.size()).append(notes.size() == 1 ? " item" : " items")
                .append(" in ").append(String.join(", ", repos)).append("\n\n");
        for (ChangeNote n : notes) {
            sb.append("- ").append(n.text()).append('\n');
        }
        return sb.toString();
    }
}
