package dev.configunit.engine;

import dev.configunit.source.CredentialSource;
import org.junit.platform.engine.DiscoverySelector;

/**
 * Selects one discovered credential source (internal: what directory and file selectors resolve to).
 */
record SourceSelector(CredentialSource source) implements DiscoverySelector {
}
