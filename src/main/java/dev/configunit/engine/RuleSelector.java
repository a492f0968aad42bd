package dev.configunit.engine;

import dev.configunit.source.CredentialSource;
import org.junit.platform.engine.DiscoverySelector;

/**
 * Selects one rule of one credential source (internal: what a source and a rule unique id resolve to).
 */
record RuleSelector(CredentialSource source, String ruleId) implements DiscoverySelector {
}
