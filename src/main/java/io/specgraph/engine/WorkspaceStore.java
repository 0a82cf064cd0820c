package io.specgraph.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.specgraph.git.GitException;
import io.specgraph.git.GitRepo;
import io.specgraph.model.RepoRole;
import io.specgraph.parse.JsonWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The user's workspaces: workspace files under {@code configDir/workspaces/}, the recently opened ones
 * ({@code configDir/recent.json}, newest first; the first reopens), and the settings ({@code configDir/settings.json}:
 * the data dir the clones go under, {@code dataDir/repos/WORKSPACE/REPO}). Files are written atomically.
 */
public final class WorkspaceStore {

    /** How many recent workspaces are remembered. */
    public static final int MAX_RECENT = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AppDirs dirs;

    public WorkspaceStore(AppDirs dirs) {
        this.dirs = dirs;
    }

    /** One repo of a new workspace; {@code path} null puts its clone under the data dir. */
    public record Entry(String name, RepoRole role, String remote, String branch, String domain, Path path) {
    }

    public Path workspacesDir() {
        return dirs.configDir().resolve("workspaces");
    }

    /** The folder clones go under: the one set in the settings, else the platform's data dir. */
    public Path dataDir() throws WorkspaceException {
        JsonNode s = readJson(settingsFile());
        String d = s == null ? null : s.path("dataDir").asText(null);
        return d == null || d.isBlank() ? dirs.dataDir() : Path.of(d);
    }

    /** Moves future clones under {@code dir} (existing clones stay where their workspace files say). */
    public void setDataDir(Path dir) throws WorkspaceException {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("dataDir", dir.toAbsolutePath().normalize().toString());
        write(settingsFile(), s);
    }

    /** Where the clones of workspace {@code name} go. */
    public Path clonesDir(String name) throws WorkspaceException {
        return dataDir().resolve("repos").resolve(slug(name));
    }

    /** Writes workspace {@code name} with {@code repos}, remembers it as the last opened, and returns its file. */
    public Path create(String name, List<Entry> repos) throws WorkspaceException {
        Path clones = clonesDir(name);
        List<Object> list = new ArrayList<>();
        for (Entry e : repos) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", e.name());
            if (e.role() != null) {
                r.put("role", e.role().label());
            }
            Path path = e.path() != null ? e.path() : clones.resolve(e.name());
            r.put("path", path.toAbsolutePath().normalize().toString());
            putIf(r, "remote", e.remote());
            putIf(r, "branch", e.branch());
            putIf(r, "domain", e.domain());
            list.add(r);
        }
        Map<String, Object> ws = new LinkedHashMap<>();
        ws.put("name", name);
        ws.put("repos", list);
        Path file = workspacesDir().resolve(slug(name) + ".json");
        write(file, ws);
        opened(file);
        return file;
    }

    /**
     * A workspace from plain local folders: each folder is a repo named after it, with the remote and branch its git
     * config names (none for a folder that is not a git repo).
     */
    public Path fromFolders(String name, List<Path> folders) throws WorkspaceException {
        List<Entry> entries = new ArrayList<>();
        for (Path f : folders) {
            Path abs = f.toAbsolutePath().normalize();
            if (!Files.isDirectory(abs)) {
                throw new WorkspaceException("not a folder: " + abs);
            }
            String remote = null;
            String branch = null;
            if (Files.exists(abs.resolve(".git"))) {
                try (GitRepo repo = GitRepo.open(abs)) {
                    remote = repo.originUrl().orElse(null);
                    branch = repo.branch().orElse(null);
                } catch (GitException e) {
                    throw new WorkspaceException(e.getMessage(), e);
                }
            }
            String repoName = abs.getFileName() == null ? "repo" : abs.getFileName().toString();
            entries.add(new Entry(repoName, null, remote, branch, null, abs));
        }
        return create(name, entries);
    }

    /** The workspace files opened most recently, newest first, leaving out those that no longer exist. */
    public List<Path> recent() throws WorkspaceException {
        JsonNode r = readJson(recentFile());
        List<Path> out = new ArrayList<>();
        if (r != null) {
            r.path("recent").forEach(p -> {
                Path f = Path.of(p.asText());
                if (Files.isRegularFile(f)) {
                    out.add(f);
                }
            });
        }
        return out;
    }

    /** The workspace to reopen at start: the last one opened, if it still exists. */
    public Optional<Path> last() throws WorkspaceException {
        return recent().stream().findFirst();
    }

    /** Remembers {@code file} as the last opened workspace. */
    public void opened(Path file) throws WorkspaceException {
        Path abs = file.toAbsolutePath().normalize();
        List<String> list = new ArrayList<>();
        list.add(abs.toString());
        for (Path p : recent()) {
            if (!p.equals(abs) && list.size() < MAX_RECENT) {
                list.add(p.toString());
            }
        }
        write(recentFile(), Map.of("recent", list));
    }

    private Path settingsFile() {
        return dirs.configDir().resolve("settings.json");
    }

    private Path recentFile() {
        return dirs.configDir().resolve("recent.json");
    }

    /** A file-name-safe form of a workspace name. */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() || s.startsWith(".") ? "workspace" + (s.isEmpty() ? "" : s) : s;
    }

    private static void putIf(Map<String, Object> m, String key, String value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static JsonNode readJson(Path f) throws WorkspaceException {
        if (!Files.isRegularFile(f)) {
            return null;
        }
        try {
            return JSON.readTree(Files.readString(f));
        } catch (IOException e) {
            throw new WorkspaceException("cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path f, Object json) throws WorkspaceException {
        try {
            Files2.writeAtomically(f, JsonWriter.write(json).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new WorkspaceException("cannot write " + f + ": " + e.getMessage(), e);
        }
    }
}
