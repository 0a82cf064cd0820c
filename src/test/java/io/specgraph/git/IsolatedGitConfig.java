package io.specgraph.git;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes JGit ignore the user's and the system's git configuration for the tests of a class (empty, in-memory
 * configs), so a developer's {@code ~/.gitconfig} (signing, autocrlf, identity, url rewrites) cannot change results.
 * Use with {@code @ExtendWith(IsolatedGitConfig.class)}.
 */
public final class IsolatedGitConfig implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(IsolatedGitConfig.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        SystemReader previous = SystemReader.getInstance();
        context.getStore(NS).put("previous", previous);
        SystemReader.setInstance(new SystemReader.Delegate(previous) {
            @Override
            public FileBasedConfig openUserConfig(Config parent, FS fs) {
                return new EmptyConfig(parent, fs);
            }

            @Override
            public FileBasedConfig openSystemConfig(Config parent, FS fs) {
                return new EmptyConfig(parent, fs);
            }

            @Override
            public FileBasedConfig openJGitConfig(Config parent, FS fs) {
                return new EmptyConfig(parent, fs);
            }
        });
    }

    @Override
    public void afterAll(ExtensionContext context) {
        SystemReader.setInstance(context.getStore(NS).get("previous", SystemReader.class));
    }

    /** A config that has no file: nothing to load, nothing saved. */
    private static final class EmptyConfig extends FileBasedConfig {
        EmptyConfig(Config parent, FS fs) {
            super(parent, null, fs);
        }

        @Override
        public void load() {
            // nothing: the user's configuration is ignored
        }

        @Override
        public void save() {
            // nothing is written
        }

        @Override
        public boolean isOutdated() {
            return false;
        }
    }
}
