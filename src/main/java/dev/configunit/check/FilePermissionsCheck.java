package dev.configunit.check;

import dev.configunit.source.FileFacts;
import java.util.Map;
import java.util.Optional;

/**
 * {@code permissions}: a credential file that grants any group or other permission, a {@code .docker} or
 * {@code containers} directory that others may write, or a file not owned by the owner of its home (§1.7, §9); in
 * an image, a file in no home that is not owned by the (non-root) user the image runs as.
 *
 * <p>No client checks on read; Docker and podman write 0600 files in 0700 directories. The finding is escalated
 * when the file holds inline secrets, which anyone with the granted access can read.
 */
final class FilePermissionsCheck implements Check {

    private static final int GROUP_OTHER = 0077;
    private static final int GROUP_OTHER_WRITE = 0022;

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        Optional<FileFacts> known = context.facts();
        if (known.isEmpty()) {
            return;
        }
        FileFacts facts = known.get();
        boolean secret = context.config().holdsInlineSecret();
        if ((facts.mode() & GROUP_OTHER) != 0) {
            report(sink, "", Map.of("mode", FileFacts.octal(facts.mode())), secret);
        }
        boolean credentialDirectory = facts.directory().equals(".docker") || facts.directory().equals("containers");
        if (credentialDirectory && facts.directoryMode() >= 0 && (facts.directoryMode() & GROUP_OTHER_WRITE) != 0) {
            report(sink, "directory", Map.of("mode", FileFacts.octal(facts.directoryMode()),
                    "directory", facts.directory()), secret);
        }
        if (facts.homeOwner() != null && !facts.homeOwner().equals(facts.owner())) {
            report(sink, "owner", Map.of("owner", facts.owner(), "homeOwner", facts.homeOwner()), secret);
        } else if (facts.homeOwner() == null && facts.runsAs() != null && !facts.runsAs().equals(facts.owner())) {
            // In no home (e.g. DOCKER_CONFIG=/kaniko/.docker): the image's user is the one who reads it.
            report(sink, "user", Map.of("owner", facts.owner(), "user", facts.runsAs()), secret);
        }
    }

    private static void report(ViolationSink sink, String variant, Map<String, String> args, boolean secret) {
        Violation violation = Violation.onValue("", variant, args);
        sink.report(secret ? violation.escalate() : violation);
    }
}
