package dev.configunit.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code auths} entries that have a non-empty string {@code auth}, each with its decoded value.
 */
record AuthEntries(DockerConfigView.Member entry, DockerConfigView.Member auth, AuthValue value) {

    static List<AuthEntries> of(DockerConfigView config) {
        List<AuthEntries> entries = new ArrayList<>();
        for (DockerConfigView.Member entry : config.auths()) {
            DockerConfigView.Member auth = config.nonEmptyString(entry, "auth");
            if (auth != null) {
                entries.add(new AuthEntries(entry, auth, AuthValue.decode(auth.value().asString())));
            }
        }
        return entries;
    }

    String displayKey() {
        return RegistryKey.parse(entry.key()).display();
    }
}
