package dev.configunit.check;

import java.util.Set;

/**
 * What {@code docker login} left in the environment's {@code config.json}: the registries it holds credentials
 * for, as the Docker CLI looks them up (the Hub's canonical key, else the host).
 *
 * @param dockerConfig the display path of that file
 * @param registries its {@code auths} and {@code credHelpers} registries, normalised
 */
public record LoginState(String dockerConfig, Set<String> registries) {

    public LoginState {
        registries = Set.copyOf(registries);
    }

    /** The registry a key stands for in the Docker CLI's lookups (§1.4). */
    public static String lookupKey(String key) {
        RegistryKey parsed = RegistryKey.parse(key);
        return parsed.isDockerHub() ? DockerConfigView.HUB_KEY : parsed.host();
    }

    /** The registries a credential document holds entries for, normalised. */
    public static Set<String> registriesOf(tools.jackson.databind.JsonNode root) {
        DockerConfigView view = new DockerConfigView(root, false);
        Set<String> registries = new java.util.TreeSet<>();
        view.auths().forEach(member -> registries.add(lookupKey(member.key())));
        view.credHelpers().forEach(member -> registries.add(lookupKey(member.key())));
        return registries;
    }
}
