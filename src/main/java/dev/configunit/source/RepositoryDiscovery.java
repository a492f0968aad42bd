package dev.configunit.source;

import dev.configunit.parse.YamlTreeReader;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Finds the credential files in a directory tree, or checks one named file (product.md "Discovery").
 *
 * <p>A candidate is a {@code config.json} in a {@code .docker} directory or an {@code auth.json} in a
 * {@code containers} directory, whatever it holds, or any other {@code *.json} whose top-level object has
 * {@code auths}, {@code credsStore} or {@code credHelpers}; an application's own {@code config.json} is never one.
 * {@code .git} is skipped, symbolic links are followed only to regular files inside the root, and FIFOs,
 * devices and unreadable entries are reported and skipped: the walk never blocks and never aborts.
 */
public final class RepositoryDiscovery {

    private RepositoryDiscovery() {
    }

    /** The result of a discovery: sources sorted by display path, and the inputs that could not be read. */
    public record Result(List<CredentialSource> sources, List<InputProblem> problems) {
    }

    /** Discovers under {@code root}, a directory or a single file. */
    public static Result discover(Path root) {
        List<CredentialSource> sources = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        Path normalized = root.normalize();
        if (Files.isDirectory(normalized, LinkOption.NOFOLLOW_LINKS) || isDirectoryLink(normalized)) {
            walk(normalized, sources, problems);
        } else if (Files.exists(normalized, LinkOption.NOFOLLOW_LINKS)) {
            String display = slashes(normalized.toString());
            if (Files.isRegularFile(normalized) && isGitLabCi(normalized.getFileName().toString())) {
                sources.addAll(gitLabVariables(normalized, display, problems));
            } else if (Files.isRegularFile(normalized)) {
                classify(normalized, display, true, problems).ifPresent(sources::add);
            } else {
                problems.add(new InputProblem(display, "not a regular file (FIFO, device, socket or dangling link); skipped"));
            }
        } else {
            problems.add(new InputProblem(slashes(root.toString()), "no such file or directory"));
        }
        sources.sort(Comparator.comparing(CredentialSource::displayPath).thenComparing(CredentialSource::variable));
        problems.sort(Comparator.comparing(InputProblem::path));
        return new Result(List.copyOf(sources), List.copyOf(problems));
    }

    private static boolean isDirectoryLink(Path path) {
        return Files.isSymbolicLink(path) && Files.isDirectory(path);
    }

    private static void walk(Path root, List<CredentialSource> sources, List<InputProblem> problems) {
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            problems.add(new InputProblem(slashes(root.toString()), CredentialFiles.describe(e)));
            return;
        }
        List<CredentialSource> foundSources = java.util.Collections.synchronizedList(new ArrayList<>());
        List<InputProblem> foundProblems = java.util.Collections.synchronizedList(new ArrayList<>());
        TreeWalk.walk(realRoot, new TreeWalk.Visitor() {
            @Override
            public void file(Path file, BasicFileAttributes attributes) {
                visit(file, attributes, slashes(realRoot.relativize(file).toString()), realRoot, foundSources,
                        foundProblems);
            }

            @Override
            public void failed(Path path, IOException e) {
                String display = path.equals(realRoot) ? slashes(path.toString()) : slashes(realRoot.relativize(path).toString());
                foundProblems.add(new InputProblem(display, "cannot read: " + CredentialFiles.describe(e)));
            }
        });
        sources.addAll(foundSources);
        problems.addAll(foundProblems);
    }

    private static void visit(Path file, BasicFileAttributes attrs, String display, Path realRoot,
            List<CredentialSource> sources, List<InputProblem> problems) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".json") && !name.equals(".dockercfg") && !isGitLabCi(name)) {
            return;
        }
        if (attrs.isSymbolicLink()) {
            Path target;
            try {
                target = file.toRealPath();
            } catch (IOException e) {
                if (isNamedCandidate(file)) {
                    problems.add(new InputProblem(display, e instanceof java.nio.file.NoSuchFileException
                            ? "dangling symbolic link; skipped"
                            : "symbolic link that cannot be followed (a loop, or a directory on the way denies access); skipped"));
                }
                return;
            }
            if (!target.startsWith(realRoot)) {
                if (isNamedCandidate(file)) {
                    problems.add(new InputProblem(display, "symbolic link to a file outside the scanned root; skipped"));
                }
                return;
            }
            if (!Files.isRegularFile(target)) {
                return;
            }
        } else if (!attrs.isRegularFile()) {
            if (isNamedCandidate(file)) {
                problems.add(new InputProblem(display, "not a regular file (FIFO, device or socket); skipped"));
            }
            return;
        }
        if (isGitLabCi(name)) {
            sources.addAll(gitLabVariables(file, display, problems));
            return;
        }
        classify(file, display, false, problems).ifPresent(sources::add);
    }

    /** Whether the name and place alone make a file a credential file. */
    static boolean isNamedCandidate(Path file) {
        Path parent = file.getParent();
        String dir = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
        String name = file.getFileName().toString();
        return (name.equals("config.json") && dir.equals(".docker"))
                || (name.equals("auth.json") && dir.equals("containers"))
                || name.equals(".dockercfg");
    }

    /** {@code .gitlab-ci.yml} and the {@code *.gitlab-ci.yml} files CI configurations include. */
    static boolean isGitLabCi(String name) {
        return name.equals(".gitlab-ci.yml") || name.endsWith(".gitlab-ci.yml");
    }

    private static List<CredentialSource> gitLabVariables(Path file, String display, List<InputProblem> problems) {
        try {
            String yaml = new String(CredentialFiles.read(file), java.nio.charset.StandardCharsets.UTF_8);
            return GitLabCiVariables.parse(yaml).stream()
                    .map(v -> new CredentialSource(file, display, SourceKind.DOCKER_AUTH_CONFIG, Origin.REPOSITORY,
                            v.pointer()))
                    .toList();
        } catch (IOException e) {
            problems.add(new InputProblem(display, "cannot read: " + CredentialFiles.describe(e)
                    + "; its DOCKER_AUTH_CONFIG values are not checked; skipped"));
        } catch (dev.configunit.parse.JsonSyntaxException e) {
            // Never the YAML parser's own words: they may quote the file, and a CI file may hold a secret.
            String why = e.getMessage().startsWith(YamlTreeReader.PARSER_ERROR) ? "not valid YAML" : e.getMessage();
            problems.add(new InputProblem(display, why + " (line " + e.position().line() + ", column "
                    + e.position().column() + "); its DOCKER_AUTH_CONFIG values are not checked; skipped"));
        }
        return List.of();
    }

    private static Optional<CredentialSource> classify(Path file, String display, boolean named,
            List<InputProblem> problems) {
        String name = file.getFileName().toString();
        SourceKind kind = name.equals("auth.json") ? SourceKind.CONTAINERS_AUTH
                : name.equals(".dockercfg") ? SourceKind.DOCKERCFG
                : SourceKind.DOCKER_CONFIG;
        if (isNamedCandidate(file)) {
            return Optional.of(new CredentialSource(file, display, kind, Origin.REPOSITORY));
        }
        if (!file.getFileName().toString().endsWith(".json") && !named) {
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = CredentialFiles.read(file);
            return CredentialMarkers.isCredentialFile(bytes)
                    ? Optional.of(new CredentialSource(file, display, kind, Origin.REPOSITORY))
                    : Optional.empty();
        } catch (CredentialFiles.TooLargeException e) {
            return Optional.empty(); // a large data file (a lock file, a fixture), not a credential file
        } catch (IOException e) {
            // Nothing says whether it is a credential file; say that it could not be looked at.
            problems.add(new InputProblem(display, "cannot read: " + CredentialFiles.describe(e) + "; skipped"));
            return Optional.empty();
        }
    }

    static String slashes(String path) {
        return path.replace('\\', '/');
    }
}
