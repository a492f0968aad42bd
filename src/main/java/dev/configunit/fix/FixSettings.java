package dev.configunit.fix;

import java.util.Set;

/**
 * How {@code fix} runs.
 *
 * @param clients the client profiles to fix for; empty selects each file kind's default, as the linter does
 * @param dryRun show what would change and write nothing
 * @param backup keep the original beside the file as {@code NAME.bak}
 * @param beforeRename a step just before each rename (tests make it fail)
 */
record FixSettings(Set<String> clients, boolean dryRun, boolean backup, AtomicReplace.BeforeRename beforeRename) {

    FixSettings {
        clients = Set.copyOf(clients);
    }
}
