package dev.configunit.cli;

/**
 * The version from the jar manifest.
 */
final class Version {

    private Version() {
    }

    /** {@code configunit 0.1.0}, or {@code configunit development} outside a jar. */
    static String text() {
        String version = Main.class.getPackage().getImplementationVersion();
        return "configunit ".concat(version == null ? "development" : version);  // not +: see CommandSpec
    }
}
