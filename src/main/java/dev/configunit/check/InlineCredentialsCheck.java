package dev.configunit.check;

import dev.configunit.source.Origin;
import dev.configunit.source.SourceKind;
import java.util.Map;

/**
 * {@code inline-credentials}: a secret written into the file: a non-empty {@code auth}, {@code password},
 * {@code identitytoken} or {@code registrytoken} (§1.2).
 *
 * <p>A security rule: it applies whatever clients are selected. Its finding is escalated when the source is
 * committed to a repository or baked into an image, where the secret has leaked.
 */
final class InlineCredentialsCheck implements Check {

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        if (context.source().kind() == SourceKind.DOCKER_AUTH_CONFIG && context.source().origin() == Origin.ENVIRONMENT) {
            return; // a variable set by the CI system (masked) is where the secret belongs
        }
        DockerConfigView config = context.config();
        boolean leaked = context.source().origin() != Origin.ENVIRONMENT;
        String where = switch (context.source().origin()) {
            case REPOSITORY -> "a file in the repository";
            case IMAGE -> context.source().kind() == SourceKind.DOCKER_AUTH_CONFIG ? "the image's Env" : "a file in the image";
            case ENVIRONMENT -> "the file";
        };
        for (DockerConfigView.Member entry : config.auths()) {
            for (String field : InlineSecrets.FIELDS) {
                DockerConfigView.Member secret = config.nonEmptyString(entry, field);
                if (secret == null) {
                    continue;
                }
                Violation violation = Violation.onValue(secret.pointer(), "", Map.of(
                        "key", RegistryKey.parse(entry.key()).display(), "field", field, "where", where));
                sink.report(leaked ? violation.escalate() : violation);
            }
        }
    }
}
