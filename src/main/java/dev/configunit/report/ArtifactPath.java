package dev.configunit.report;

import dev.configunit.source.CredentialSource;
import dev.configunit.source.Origin;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where a credential source is, as dashboards need it: a URI reference relative to the working directory (the
 * repository root in CI, SARIF's {@code %SRCROOT%}), and for a file inside an image its path in the image.
 *
 * <p>No absolute machine path ever appears: a file outside the working directory is given relative to it
 * ({@code ../…}), and an image outside it by its file name.
 *
 * @param path the {@code /}-separated path of the file, or of the image, relative to the working directory
 * @param nestedPath the path inside the image ({@code /root/.docker/config.json}), {@code ""} for a plain file
 */
public record ArtifactPath(String path, String nestedPath) {

    /** Where {@code source} is, relative to {@code workingDirectory}. */
    public static ArtifactPath of(CredentialSource source, Path workingDirectory) {
        String display = source.displayPath();
        int bang = display.indexOf("!/");
        if (source.origin() == Origin.IMAGE && bang > 0) {
            Path image = Path.of(display.substring(0, bang));
            String relative = image.isAbsolute() && !inside(image, workingDirectory)
                    ? String.valueOf(image.getFileName())
                    : relative(image, workingDirectory);
            return new ArtifactPath(relative, display.substring(bang + 1));
        }
        if (source.file() == null) {
            return new ArtifactPath(display, ""); // a value with no file, e.g. the $DOCKER_AUTH_CONFIG variable
        }
        return new ArtifactPath(relative(source.file(), workingDirectory), "");
    }

    /** {@link #path()} as a percent-encoded relative URI reference. */
    public String uri() {
        return encode(path);
    }

    /** Whether the source is a file inside an image. */
    public boolean nested() {
        return !nestedPath.isEmpty();
    }

    /** The percent-encoded relative reference of the nested path ({@code root/.docker/config.json}). */
    public String nestedUri() {
        return encode(nestedPath.startsWith("/") ? nestedPath.substring(1) : nestedPath);
    }

    private static boolean inside(Path file, Path workingDirectory) {
        return canonical(file).startsWith(canonical(workingDirectory));
    }

    private static String relative(Path file, Path workingDirectory) {
        Path base = canonical(workingDirectory);
        Path target = canonical(file);
        Path relative = base.relativize(target);
        return relative.toString().replace(File.separatorChar, '/');
    }

    /** The real path where it exists (discovery resolves symbolic links), else the normalised absolute path. */
    private static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            Path parent = absolute.getParent();
            if (parent == null || absolute.getFileName() == null) {
                return absolute;
            }
            try {
                return parent.toRealPath().resolve(absolute.getFileName());
            } catch (IOException again) {
                return absolute;
            }
        }
    }

    /** RFC 3986 path encoding: segments keep {@code pchar}s, everything else is {@code %XX} of its UTF-8. */
    static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length() + 8);
        boolean firstSegment = true;
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c == '/') {
                firstSegment = false;
                out.append('/');
            } else if (isUnreserved(c) || "!$&'()*+,;=@".indexOf(c) >= 0 || (c == ':' && !firstSegment)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    private static boolean isUnreserved(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~';
    }
}
