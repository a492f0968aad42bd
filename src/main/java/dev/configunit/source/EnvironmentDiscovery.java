package dev.configunit.source;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the credential files the clients of this environment would read, the way they look for them.
 *
 * <ul>
 *   <li>Docker CLI: {@code $DOCKER_CONFIG/config.json}, else {@code ~/.docker/config.json} (§1.1);
 *       kaniko's {@code /kaniko/.docker/config.json} (§4.1);</li>
 *   <li>podman, buildah, skopeo: {@code $REGISTRY_AUTH_FILE}, {@code $XDG_RUNTIME_DIR/containers/auth.json},
 *       {@code ${XDG_CONFIG_HOME:-~/.config}/containers/auth.json} (§2.1);</li>
 *   <li>the legacy {@code ~/.dockercfg} (read by GitLab Runner and podman, no longer by Docker, §1.1, §2.1, §4.2).</li>
 * </ul>
 * The {@code DOCKER_AUTH_CONFIG} variable is read by the caller from the environment map, never from a file.
 */
public final class EnvironmentDiscovery {

    private EnvironmentDiscovery() {
    }

    /** The files that exist, in the order above, each once; display paths use {@code ~} for the home. */
    public static RepositoryDiscovery.Result discover(Map<String, String> environment, Path kanikoRoot) {
        Path home = Path.of(environment.getOrDefault("HOME", System.getProperty("user.home")));
        List<Candidate> candidates = new ArrayList<>();
        String dockerConfig = environment.get("DOCKER_CONFIG");
        if (dockerConfig != null && !dockerConfig.isEmpty()) {
            candidates.add(new Candidate(Path.of(dockerConfig, "config.json"), SourceKind.DOCKER_CONFIG));
        } else {
            candidates.add(new Candidate(home.resolve(".docker/config.json"), SourceKind.DOCKER_CONFIG));
        }
        candidates.add(new Candidate(kanikoRoot.resolve(".docker/config.json"), SourceKind.DOCKER_CONFIG));
        String authFile = environment.get("REGISTRY_AUTH_FILE");
        if (authFile != null && !authFile.isEmpty()) {
            Path file = Path.of(authFile);
            candidates.add(new Candidate(file, file.getFileName() != null
                    && file.getFileName().toString().equals("config.json")
                    ? SourceKind.DOCKER_CONFIG : SourceKind.CONTAINERS_AUTH));
        }
        String runtime = environment.get("XDG_RUNTIME_DIR");
        if (runtime != null && !runtime.isEmpty()) {
            candidates.add(new Candidate(Path.of(runtime, "containers/auth.json"), SourceKind.CONTAINERS_AUTH));
        }
        String configHome = environment.get("XDG_CONFIG_HOME");
        Path xdgConfig = configHome != null && !configHome.isEmpty() ? Path.of(configHome) : home.resolve(".config");
        candidates.add(new Candidate(xdgConfig.resolve("containers/auth.json"), SourceKind.CONTAINERS_AUTH));
        candidates.add(new Candidate(home.resolve(".dockercfg"), SourceKind.DOCKERCFG));

        List<CredentialSource> sources = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        for (Candidate candidate : candidates) {
            Path file = candidate.file().toAbsolutePath().normalize();
            String display = display(file, home);
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                if (!Files.notExists(file, LinkOption.NOFOLLOW_LINKS) && seen.add(file)) {
                    // Neither there nor absent: a directory on the way denies access. The client fails to load it.
                    problems.add(new InputProblem(display, "cannot read: permission denied on a directory on its path; "
                            + "skipped"));
                }
                continue;
            }
            if (!seen.add(file)) {
                continue;
            }
            if (!Files.isRegularFile(file)) {
                problems.add(new InputProblem(display, "not a regular file (FIFO, device, socket or dangling link); skipped"));
                continue;
            }
            sources.add(new CredentialSource(file, display, candidate.kind(), Origin.ENVIRONMENT));
        }
        return new RepositoryDiscovery.Result(List.copyOf(sources), List.copyOf(problems));
    }

    /** The real path, with the home written {@code ~}. */
    static String display(Path file, Path home) {
        Path normalizedHome = home.toAbsolutePath().normalize();
        if (file.startsWith(normalizedHome) && !file.equals(normalizedHome)) {
            return "~/" + RepositoryDiscovery.slashes(normalizedHome.relativize(file).toString());
        }
        return RepositoryDiscovery.slashes(file.toString());
    }

    private record Candidate(Path file, SourceKind kind) {
    }
}
