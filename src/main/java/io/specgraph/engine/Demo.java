package io.specgraph.engine;

import io.specgraph.git.GitException;
import io.specgraph.git.LocalRepos;
import io.specgraph.parse.JsonWriter;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The built-in demo workspace (the seeds' ECO-124 Guest Checkout across a platform repo and three component
 * repos): copied from the {@code demo/} resources into a folder, each repo made a git repo with a local bare remote
 * under {@code remotes/}, and a {@code workspace.json} naming them — everything works offline.
 */
public final class Demo {

    static final String ROOT = "demo";
    private static final List<String> REPOS = List.of("platform", "cart", "payments", "shipping");

    private Demo() {
    }

    /** What was written. */
    public record Result(Path dir, Path workspaceFile, List<String> repos, int files) {
    }

    /** Writes the demo into {@code dir}, which must not exist or be empty. */
    public static Result write(Path dir) throws WorkspaceException {
        try {
            if (Files.exists(dir) && (!Files.isDirectory(dir) || !isEmpty(dir))) {
                throw new WorkspaceException(dir + " already exists and is not an empty folder");
            }
            Files.createDirectories(dir);
            int files = copyResources(dir);
            List<Object> repos = new ArrayList<>();
            for (String name : REPOS) {
                Path work = dir.resolve(name);
                Path bare = dir.resolve("remotes").resolve(name + ".git");
                LocalRepos.initWithBareRemote(work, bare, "Demo workspace: " + name);
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("name", name);
                r.put("role", name.equals("platform") ? "platform" : "component");
                r.put("path", name);
                r.put("remote", bare.toAbsolutePath().toUri().toString());
                r.put("branch", LocalRepos.BRANCH);
                r.put("domain", name.equals("platform") ? null : name);
                repos.add(r);
            }
            Map<String, Object> ws = new LinkedHashMap<>();
            ws.put("name", "demo");
            ws.put("repos", repos);
            Path wsFile = dir.resolve(WorkspaceFile.FILE_NAME);
            Files2.writeAtomically(wsFile, JsonWriter.write(ws).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new Result(dir, wsFile, REPOS, files);
        } catch (IOException e) {
            throw new WorkspaceException("cannot write the demo into " + dir + ": " + e.getMessage(), e);
        } catch (GitException e) {
            throw new WorkspaceException(e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** Copies every file under the {@code demo/<repo>/} resources, from the jar or from the classes folder. */
    private static int copyResources(Path dir) throws IOException, WorkspaceException {
        URL marker = Demo.class.getClassLoader().getResource(ROOT + "/" + WorkspaceFile.FILE_NAME);
        if (marker == null) {
            throw new WorkspaceException("the demo documents are missing from this build");
        }
        URI uri;
        try {
            uri = marker.toURI();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                return copyTree(fs.getPath("/" + ROOT), dir);
            }
        }
        return copyTree(Path.of(uri).getParent(), dir);
    }

    private static int copyTree(Path from, Path to) throws IOException {
        int count = 0;
        List<Path> files;
        try (Stream<Path> s = Files.walk(from)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            String rel = from.relativize(f).toString().replace('\\', '/');
            if (!rel.contains("/") || !REPOS.contains(rel.substring(0, rel.indexOf('/')))) {
                continue;
            }
            Path target = to.resolve(rel);
            Files.createDirectories(target.getParent());
            try (InputStream in = Files.newInputStream(f)) {
                Files.copy(in, target);
            }
            count++;
        }
        return count;
    }
}
