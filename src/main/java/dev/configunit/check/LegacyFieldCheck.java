package dev.configunit.check;

import dev.configunit.source.SourceKind;
import java.util.Map;

/**
 * {@code legacy-field}: {@code email} (dropped when Docker v29 rewrites the file), {@code serveraddress} in an
 * entry (ignored on read), or a legacy {@code .dockercfg} file (not read since Docker v23) (§1.1, §1.2).
 */
final class LegacyFieldCheck implements Check {

    @Override
    public void check(CheckContext context, ViolationSink sink) {
        if (context.source().kind() == SourceKind.DOCKERCFG) {
            sink.report(Violation.onValue("", "dockercfg", Map.of()));
        }
        DockerConfigView config = context.config();
        for (DockerConfigView.Member entry : config.auths()) {
            String key = RegistryKey.parse(entry.key()).display();
            for (String field : new String[] {"email", "serveraddress"}) {
                DockerConfigView.Member member = config.entryField(entry, field);
                if (member != null) {
                    sink.report(Violation.onKey(member.pointer(), field, Map.of("key", key)));
                }
            }
        }
    }
}
