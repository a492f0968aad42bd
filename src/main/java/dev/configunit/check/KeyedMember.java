package dev.configunit.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A registry key with the map it stands in ({@code auths} or {@code credHelpers}).
 */
record KeyedMember(String map, DockerConfigView.Member member, RegistryKey key) {

    /** Every registry key of both maps, in document order. */
    static List<KeyedMember> all(DockerConfigView config) {
        List<KeyedMember> keys = new ArrayList<>();
        for (DockerConfigView.Member m : config.auths()) {
            keys.add(new KeyedMember("auths", m, RegistryKey.parse(m.key())));
        }
        for (DockerConfigView.Member m : config.credHelpers()) {
            keys.add(new KeyedMember("credHelpers", m, RegistryKey.parse(m.key())));
        }
        return keys;
    }
}
