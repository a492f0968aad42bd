package dev.configunit.image;

import java.nio.file.Path;

/** Placeholder until the registry client lands. */
final class RegistryCredentials {
    static RegistryCredentials load(Path file) {
        return new RegistryCredentials();
    }
}
