package dev.configunit.check;

import java.util.List;

/**
 * The fields of an {@code auths} entry that carry a secret (docker-auth-semantics.md §1.2).
 */
final class InlineSecrets {

    static final List<String> FIELDS = List.of("auth", "password", "identitytoken", "registrytoken");

    private InlineSecrets() {
    }
}
