package dev.configunit.cli;

import picocli.CommandLine;

/**
 * The version from the jar manifest.
 */
final class Version implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"configunit " + (version == null ? "development" : version)};
    }
}
