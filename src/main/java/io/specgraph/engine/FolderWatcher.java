package io.specgraph.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches repo folders for changes made outside the app (an editor, {@code git pull} in a terminal) and reports
 * them in batches once the folders have been quiet for a moment: repo name → repo-relative paths. {@code .git} is
 * not watched (a pull changes the work tree too). An overflow (too many events) reports {@link Batch#overflow()}:
 * reload everything. Runs on its own daemon thread until {@link #close()}.
 */
public final class FolderWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

    /** Changed files by repo, or an overflow. */
    public record Batch(Map<String, Set<String>> changed, boolean overflow) {
        public Batch {
            changed = Map.copyOf(changed);
        }
    }

    private final WatchService service;
    private final Map<WatchKey, Path> dirs = new HashMap<>();
    private final Map<Path, String> roots;
    private final long quietMillis;
    private final Consumer<Batch> listener;
    private final Thread thread;

    private FolderWatcher(Map<Path, String> roots, long quietMillis, Consumer<Batch> listener) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.roots = roots;
        this.quietMillis = quietMillis;
        this.listener = listener;
        for (Path root : roots.keySet()) {
            registerTree(root);
        }
        this.thread = new Thread(this::loop, "specgraph-watch");
        thread.setDaemon(true);
    }

    /** Starts watching {@code repos} (name → folder); {@code listener} is called on the watcher's thread. */
    public static FolderWatcher start(Map<String, Path> repos, long quietMillis, Consumer<Batch> listener)
            throws IOException {
        Map<Path, String> roots = new HashMap<>();
        repos.forEach((name, dir) -> roots.put(dir.toAbsolutePath().normalize(), name));
        FolderWatcher w = new FolderWatcher(roots, quietMillis, listener);
        w.thread.start();
        return w;
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && skipped(dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dirs.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY), dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static boolean skipped(Path dir) {
        String name = dir.getFileName().toString();
        return name.equals(".git") || name.equals("node_modules") || name.equals("target");
    }

    private void loop() {
        Map<String, Set<String>> pending = new TreeMap<>();
        boolean overflow = false;
        try {
            while (true) {
                WatchKey key = pending.isEmpty() && !overflow ? service.take()
                        : service.poll(quietMillis, TimeUnit.MILLISECONDS);
                if (key == null) {
                    listener.accept(new Batch(pending, overflow));
                    pending = new TreeMap<>();
                    overflow = false;
                    continue;
                }
                overflow |= collect(key, pending);
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Adds the key's events to {@code pending}; true on overflow. */
    private boolean collect(WatchKey key, Map<String, Set<String>> pending) {
        Path dir = dirs.get(key);
        boolean overflow = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                overflow = true;
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(child) && !skipped(child)) {
                try {
                    registerTree(child);
                } catch (IOException e) {
                    LOG.debug("cannot watch {}", child, e);
                }
                overflow = true; // files may have appeared in it before it was watched
                continue;
            }
            Map.Entry<Path, String> root = rootOf(child);
            if (root != null) {
                String rel = root.getKey().relativize(child).toString().replace('\\', '/');
                pending.computeIfAbsent(root.getValue(), k -> new TreeSet<>()).add(rel);
            }
        }
        if (!key.reset()) {
            dirs.remove(key);
        }
        return overflow;
    }

    private Map.Entry<Path, String> rootOf(Path p) {
        for (Map.Entry<Path, String> r : roots.entrySet()) {
            if (p.startsWith(r.getKey())) {
                return r;
            }
        }
        return null;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("closing the watcher", e);
        }
        thread.interrupt();
    }
}
