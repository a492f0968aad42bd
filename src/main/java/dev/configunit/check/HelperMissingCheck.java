package dev.configunit.check;

import dev.configunit.source.HelperLookup;
import java.util.Map;

/**
 * {@code helper-missing}: {@code credsStore} or a {@code credHelpers} entry names a credential helper whose program,
 * {@code docker-credential-NAME}, is not on {@code PATH} where the file is used, or whose name is not a plain file
 * name (docker-auth-semantics.md §1.5, §5, §11).
 *
 * <p>It needs to know the filesystem: it runs only for sources that come with a {@link HelperLookup} (image and
 * environment scans), never for a file in a repository, whose users' machines are unknown.
 */
final class HelperMissingCheck implements Check {

    static final String PREFIX = "docker-credential-";

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        HelperLookup helpers = context.source().helpers();
        if (helpers == null) {
            return;
        }
        DockerConfigView config = context.config();
        DockerConfigView.Member store = config.field("credsStore");
        if (store != null && store.value().isString() && !store.value().asString().isEmpty()) {
            check(helpers, store, "", Map.of(), sink);
        }
        for (DockerConfigView.Member helper : config.credHelpers()) {
            if (helper.value().isString() && !helper.value().asString().isEmpty()) {
                check(helpers, helper, "helper", Map.of("key", RegistryKey.parse(helper.key()).display()), sink);
            }
        }
    }

    private static void check(HelperLookup helpers, DockerConfigView.Member member, String variant,
            Map<String, String> extra, ViolationSink sink) {
        String name = member.value().asString();
        java.util.Map<String, String> args = new java.util.HashMap<>(extra);
        args.put("helper", Printable.of(name));
        if (!HelperLookup.isPlainFileName(name)) {
            sink.report(Violation.onValue(member.pointer(), variant.isEmpty() ? "not-plain" : "helper-not-plain", args));
            return;
        }
        if (!helpers.isInstalled(PREFIX + name)) {
            args.put("program", Printable.of(PREFIX + name));
            args.put("path", helpers.searchPath());
            sink.report(Violation.onValue(member.pointer(), variant, args));
        }
    }
}
