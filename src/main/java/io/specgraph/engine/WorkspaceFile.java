package io.specgraph.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.specgraph.model.RepoRole;
import io.specgraph.model.RepoSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A workspace file (JSON, documented in {@code docs/workspace-file.md}):
 * {@code {"name": "demo", "repos": [{"name", "role", "path", "remote", "branch", "domain", "adrDirs"}]}}.
 * Relative paths are relative to the file's folder.
 */
public final class WorkspaceFile {

    /** The file name a folder holding several repos uses to describe them. */
    public static final String FILE_NAME = "workspace.json";

    /** Created on first use: a plain folder check must not load Jackson. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private WorkspaceFile() {
    }

    /** A named list of repos. */
    public record Workspace(String name, List<RepoSpec> repos, Path file) {
        public Workspace {
            repos = List.copyOf(repos);
        }
    }

    public static Workspace read(Path file) throws WorkspaceException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new WorkspaceException("workspace file " + file + " is not valid JSON (line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
        } catch (IOException e) {
            throw new WorkspaceException("cannot read workspace file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("repos").isArray()) {
            throw new WorkspaceException("workspace file " + file + " has no \"repos\" list");
        }
        Path base = file.toAbsolutePath().getParent();
        List<RepoSpec> repos = new ArrayList<>();
        int i = 0;
        for (JsonNode r : root.path("repos")) {
            i++;
            String name = text(r, "name");
            String path = text(r, "path");
            if (name == null) {
                throw new WorkspaceException("workspace file " + file + ": repo #" + i + " has no \"name\"");
            }
            Path folder = path == null ? base.resolve(name) : base.resolve(path).normalize();
            String roleText = text(r, "role");
            RepoRole role = null;
            if (roleText != null) {
                role = RepoRole.fromText(roleText).orElseThrow(() -> new WorkspaceException("workspace file " + file
                        + ": repo " + name + " has role \"" + roleText + "\"; use platform or component"));
            }
            List<String> adrDirs = new ArrayList<>();
            r.path("adrDirs").forEach(d -> adrDirs.add(d.asText()));
            repos.add(new RepoSpec(name, role, folder, text(r, "remote"), text(r, "branch"), text(r, "domain"), adrDirs));
        }
        String name = Optional.ofNullable(text(root, "name")).orElse(base.getFileName() == null ? "workspace"
                : base.getFileName().toString());
        return new Workspace(name, repos, file.toAbsolutePath());
    }

    /** True when {@code folder} holds a workspace file with a repos list. */
    public static boolean isWorkspaceFolder(Path folder) {
        Path f = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(f)) {
            return false;
        }
        try {
            return Json.MAPPER.readTree(Files.readString(f)).path("repos").isArray();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
