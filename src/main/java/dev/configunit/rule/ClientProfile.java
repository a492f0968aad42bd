package dev.configunit.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A family of clients that read credential files the same way (rules.md "Client profile ids").
 */
public enum ClientProfile {
    DOCKER("docker", "docker (CLI, dockerd, crane, kaniko)"),
    PODMAN("podman", "podman (podman, buildah, skopeo)"),
    GITLAB_RUNNER("gitlab-runner", "GitLab runners");

    private final String id;
    private final String description;

    ClientProfile(String id, String description) {
        this.id = id;
        this.description = description;
    }

    public String id() {
        return id;
    }

    /** How messages name the profile. */
    public String description() {
        return description;
    }

    public static ClientProfile fromId(String id) {
        for (ClientProfile profile : values()) {
            if (profile.id.equals(id)) {
                return profile;
            }
        }
        throw new IllegalArgumentException("unknown client profile '" + id + "' (expected docker, podman or gitlab-runner)");
    }

    /** "docker (CLI, dockerd, crane, kaniko) and podman (podman, buildah, skopeo)". */
    public static String describe(Collection<String> ids) {
        List<String> names = new ArrayList<>();
        for (ClientProfile profile : values()) {
            if (ids.contains(profile.id)) {
                names.add(profile.description);
            }
        }
        if (names.size() <= 1) {
            return names.isEmpty() ? "no selected client" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
