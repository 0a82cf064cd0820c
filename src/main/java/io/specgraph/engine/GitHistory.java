package io.specgraph.engine;

import io.specgraph.git.GitException;
import io.specgraph.git.GitLog;
import io.specgraph.graph.gate.History;
import io.specgraph.model.Keys;
import io.specgraph.model.RepoInfo;
import io.specgraph.parse.DocumentLoader;
import io.specgraph.parse.MarkdownDoc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@link History} from the repos' git history, read lazily and cached: only the rules that need it ask (LC4 for a
 * resumed spec, IS3 for a contract, LC5 once per repo). A repo without git, or whose history cannot be read, has
 * no history (the rules then rely on the documents alone).
 */
final class GitHistory implements History, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GitHistory.class);
    /** Paths whose deletion LC5 reports: specs and ADRs (not OpenSpec changes, which move to the archive). */
    private static final Pattern DOCUMENT = Pattern.compile("(?i)^(?!.*openspec/changes/)(?:.*/)?"
            + "(?:specs|platform-specs|initiatives|adr|adrs|decisions|architecture-decision-records?)/.*\\.md$");

    private final Map<String, Path> roots = new ConcurrentHashMap<>();
    private final Map<String, Optional<GitLog>> logs = new ConcurrentHashMap<>();
    private final Map<String, List<GitLog.Revision>> revisions = new ConcurrentHashMap<>();
    private final Map<String, List<Deleted>> deleted = new ConcurrentHashMap<>();

    GitHistory(List<RepoInfo> repos) {
        repos.forEach(r -> roots.put(r.name(), r.path()));
    }

    private Optional<GitLog> log(String repo) {
        return logs.computeIfAbsent(repo, r -> roots.containsKey(r) ? GitLog.open(roots.get(r)) : Optional.empty());
    }

    @Override
    public boolean available(String repo) {
        return log(repo).isPresent();
    }

    @Override
    public List<String> pastStatuses(String repo, String path) {
        return values(repo, path, Keys.STATUS);
    }

    @Override
    public List<String> pastVersions(String repo, String path) {
        return values(repo, path, Keys.VERSION);
    }

    private List<String> values(String repo, String path, String key) {
        List<GitLog.Revision> revs = revisions.computeIfAbsent(repo + "\u0000" + path, k -> read(repo, path));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < revs.size(); i++) {
            String v = value(repo, path, revs.get(i).bytes(), key);
            if (v != null && (out.isEmpty() || !out.get(out.size() - 1).equals(v))) {
                out.add(v);
            }
        }
        return out;
    }

    private List<GitLog.Revision> read(String repo, String path) {
        Optional<GitLog> log = log(repo);
        if (log.isEmpty()) {
            return List.of();
        }
        try {
            synchronized (log.get()) {
                return log.get().revisions(path);
            }
        } catch (GitException e) {
            LOG.warn("history of {}/{} unavailable: {}", repo, path, e.getMessage());
            return List.of();
        }
    }

    private static String value(String repo, String path, byte[] bytes, String key) {
        DocumentLoader.Loaded loaded = DocumentLoader.fromBytes(repo, path, bytes);
        return loaded.ok() ? MarkdownDoc.of(repo, loaded.document()).metadata().value(key) : null;
    }

    @Override
    public List<Deleted> deletedDocuments(String repo) {
        return deleted.computeIfAbsent(repo, r -> {
            Optional<GitLog> log = log(r);
            if (log.isEmpty()) {
                return List.of();
            }
            try {
                List<Deleted> out = new ArrayList<>();
                List<GitLog.Deletion> found;
                synchronized (log.get()) {
                    found = log.get().deletions(p -> DOCUMENT.matcher(p).matches());
                }
                for (GitLog.Deletion d : found) {
                    out.add(new Deleted(r, d.path(), d.commit(), value(r, d.path(), d.lastBytes(), Keys.STATUS)));
                }
                return out;
            } catch (GitException e) {
                LOG.warn("history of {} unavailable: {}", r, e.getMessage());
                return List.of();
            }
        });
    }

    /** The commit that last changed {@code path} in {@code repo}, or "". */
    String lastCommit(String repo, String path) {
        return log(repo).flatMap(l -> {
            synchronized (l) {
                return l.lastCommit(path);
            }
        }).orElse("");
    }

    @Override
    public void close() {
        logs.values().forEach(o -> o.ifPresent(GitLog::close));
    }
}
