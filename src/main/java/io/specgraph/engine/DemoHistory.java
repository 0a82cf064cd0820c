package io.specgraph.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's earlier commits ({@code demo/history/history.json}): per repo, files committed before the final
 * state, so that rules reading git history (a spec once Paused, a spec deleted) have something to see.
 */
record DemoHistory(List<Step> steps, Author finalAuthor, Instant finalDate, String finalMessage) {

    private static final Pattern PERSON = Pattern.compile("^(.*?)\\s*<([^>]*)>$");

    record Author(String name, String email) {
        static Author parse(String text) {
            Matcher m = PERSON.matcher(text.strip());
            return m.matches() ? new Author(m.group(1), m.group(2)) : new Author(text.strip(), "demo@specgraph.invalid");
        }
    }

    record Step(String repo, String dir, Instant date, Author author, String message, List<String> files) {
    }

    static DemoHistory read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        List<Step> steps = new ArrayList<>();
        for (JsonNode s : root.path("steps")) {
            List<String> files = new ArrayList<>();
            s.path("files").forEach(f -> files.add(f.asText()));
            steps.add(new Step(s.path("repo").asText(), s.path("dir").asText(), Instant.parse(s.path("date").asText()),
                    Author.parse(s.path("author").asText()), s.path("message").asText(), files));
        }
        JsonNode fin = root.path("finalCommit");
        return new DemoHistory(steps, Author.parse(fin.path("author").asText("Specgraph Demo <demo@specgraph.invalid>")),
                Instant.parse(fin.path("date").asText("2026-02-27T16:00:00Z")),
                fin.path("message").asText("Demo workspace: {repo}"));
    }

    List<Step> stepsOf(String repo) {
        return steps.stream().filter(s -> s.repo().equals(repo)).toList();
    }
}
