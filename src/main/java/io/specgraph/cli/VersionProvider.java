package io.specgraph.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (the pom version), or "dev" when run from classes. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[]{"specgraph " + (v == null ? "dev" : v)};
    }
}
