package io.specgraph.engine;

import io.specgraph.git.GitException;
import io.specgraph.git.LocalRepo;
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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The built-in demo workspace (the seeds' ECO-124 Guest Checkout across a platform repo and three component
 * repos): copied from the {@code demo/} resources into a folder, each repo made a git repo with a local bare remote
 * under {@code remotes/} (with the short history in {@code demo/history/}), and a {@code workspace.json} naming
 * them — everything works offline.
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
            return withResources(res -> build(res, dir));
        } catch (IOException e) {
            throw new WorkspaceException("cannot write the demo into " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Result build(Path res, Path dir) throws IOException, WorkspaceException {
        DemoHistory history = DemoHistory.read(res.resolve("history/history.json"));
        int files = 0;
        List<Object> repos = new ArrayList<>();
        for (String name : REPOS) {
            Path work = dir.resolve(name);
            Path bare = dir.resolve("remotes").resolve(name + ".git");
            Files.createDirectories(work);
            try (LocalRepo repo = LocalRepo.create(work, bare)) {
                for (DemoHistory.Step step : history.stepsOf(name)) {
                    for (String f : step.files()) {
                        copy(res.resolve("history").resolve(step.dir()).resolve(name).resolve(f), work.resolve(f));
                    }
                    repo.commitAll(step.message(), step.author().name(), step.author().email(), step.date());
                }
                clearWorkTree(work);
                files += copyTree(res.resolve(name), work);
                repo.commitAll(history.finalMessage().replace("{repo}", name), history.finalAuthor().name(),
                        history.finalAuthor().email(), history.finalDate());
                repo.push();
            } catch (GitException e) {
                throw new WorkspaceException(e.getMessage(), e);
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("name", name);
            r.put("role", name.equals("platform") ? "platform" : "component");
            r.put("path", name);
            r.put("remote", LocalRepo.remote(bare));
            r.put("branch", LocalRepo.BRANCH);
            r.put("domain", name.equals("platform") ? null : name);
            repos.add(r);
        }
        Map<String, Object> ws = new LinkedHashMap<>();
        ws.put("name", "demo");
        ws.put("repos", repos);
        Path wsFile = dir.resolve(WorkspaceFile.FILE_NAME);
        Files2.writeAtomically(wsFile, JsonWriter.write(ws).getBytes(StandardCharsets.UTF_8));
        return new Result(dir, wsFile, REPOS, files);
    }

    /** Work on the demo resources as a folder, whether they sit in the jar or in a classes folder. */
    private static <T> T withResources(ResourceWork<T> work) throws IOException, WorkspaceException {
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
            FileSystem open;
            try {
                open = FileSystems.getFileSystem(uri);
            } catch (java.nio.file.FileSystemNotFoundException e) {
                open = null;
            }
            if (open != null) {
                return work.run(open.getPath("/" + ROOT));
            }
            try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                return work.run(fs.getPath("/" + ROOT));
            }
        }
        return work.run(Path.of(uri).getParent());
    }

    @FunctionalInterface
    private interface ResourceWork<T> {
        T run(Path resources) throws IOException, WorkspaceException;
    }

    private static void clearWorkTree(Path work) throws IOException {
        List<Path> paths;
        try (Stream<Path> s = Files.walk(work)) {
            paths = s.filter(p -> !p.equals(work) && !work.relativize(p).startsWith(".git"))
                    .sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            Files.delete(p);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static int copyTree(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(from)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            copy(f, to.resolve(from.relativize(f).toString()));
        }
        return files.size();
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (InputStream in = Files.newInputStream(from)) {
            Files.copy(in, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
