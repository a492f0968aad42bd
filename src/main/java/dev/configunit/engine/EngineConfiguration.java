package dev.configunit.engine;

import dev.configunit.finding.Level;
import dev.configunit.rule.ClientProfile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The engine's configuration, read and checked once from the {@link ConfigurationParameters}.
 */
record EngineConfiguration(List<Path> paths, List<Path> rules, Set<String> clients, Optional<Level> failOn) {

    static EngineConfiguration from(ConfigurationParameters parameters) {
        List<Path> paths = list(parameters, Constants.PATHS_PROPERTY_NAME).stream().map(Path::of).toList();
        List<Path> rules = list(parameters, Constants.RULES_PROPERTY_NAME).stream().map(Path::of).toList();
        Set<String> clients = new LinkedHashSet<>();
        for (String id : list(parameters, Constants.CLIENTS_PROPERTY_NAME)) {
            clients.add(ClientProfile.fromId(id).id());
        }
        String failOn = parameters.get(Constants.FAIL_ON_PROPERTY_NAME).orElse("error").trim().toLowerCase(Locale.ROOT);
        Optional<Level> threshold = failOn.equals("none") ? Optional.empty() : Optional.of(Level.fromId(failOn));
        return new EngineConfiguration(paths, rules, clients, threshold);
    }

    private static List<String> list(ConfigurationParameters parameters, String key) {
        List<String> values = new ArrayList<>();
        parameters.get(key).ifPresent(value -> {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        });
        return values;
    }

    /** Whether a finding at {@code level} fails its test. */
    boolean fails(Level level) {
        return failOn.isPresent() && level.atLeast(failOn.get());
    }
}
