package dev.configunit.check;

import java.util.Map;

/**
 * {@code env-shadows-login}: the environment's {@code DOCKER_AUTH_CONFIG} holds an entry for a registry that
 * {@code config.json} (from {@code docker login}) also has (§1.6).
 *
 * <p>The Docker CLI 28.3+ puts the variable in front of the file and helper store, so a job that set read-only
 * pull credentials in the variable pushes with them after a successful {@code docker login}, and gets
 * {@code unauthorized} (gitlab-org/gitlab-runner#38909, docker/cli#6156). Runs only where the environment's login
 * state is known ({@code configunit env}).
 */
final class EnvShadowsLoginCheck implements Check {

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        LoginState logins = context.logins().orElse(null);
        if (logins == null) {
            return;
        }
        for (DockerConfigView.Member entry : context.config().auths()) {
            if (logins.registries().contains(LoginState.lookupKey(entry.key()))) {
                sink.report(Violation.onKey(entry.pointer(), "", Map.of(
                        "key", RegistryKey.parse(entry.key()).display(), "file", logins.dockerConfig())));
            }
        }
    }
}
