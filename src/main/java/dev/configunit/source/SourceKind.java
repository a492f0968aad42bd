package dev.configunit.source;

/**
 * What format a credential source is written in, and which client reads it by default.
 */
public enum SourceKind {
    /** Docker's {@code config.json} (Docker CLI, dockerd, buildx, crane, ko, kaniko). */
    DOCKER_CONFIG("docker-config", "docker"),
    /** containers-image {@code auth.json} (podman, buildah, skopeo). */
    CONTAINERS_AUTH("containers-auth", "podman"),
    /** A {@code DOCKER_AUTH_CONFIG} value. */
    DOCKER_AUTH_CONFIG("docker-auth-config", "gitlab-runner"),
    /** A legacy {@code ~/.dockercfg}: the {@code auths} map alone at the top level (not read since Docker v23). */
    DOCKERCFG("dockercfg", "docker"),
    /** A container image's config: its {@code Env}, {@code User} and {@code history}, and the image as a whole. */
    IMAGE_CONFIG("image-config", "docker");

    private final String id;
    private final String defaultClient;

    SourceKind(String id, String defaultClient) {
        this.id = id;
        this.defaultClient = defaultClient;
    }

    /** The name rule files use in {@code applies-to}. */
    public String id() {
        return id;
    }

    /** The client profile selected when the user names none (rules.md). */
    public String defaultClient() {
        return defaultClient;
    }
}
