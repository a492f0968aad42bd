package dev.configunit.source;

/**
 * Whether a Docker credential helper program is installed where a credential file is used: on {@code PATH} of a
 * running environment, or of an image's final filesystem.
 *
 * <p>The Docker CLI runs {@code docker-credential-NAME} through a plain {@code PATH} lookup
 * (docker-auth-semantics.md §1.5, §5).
 */
public interface HelperLookup {

    /**
     * Whether {@code program} (e.g. {@code docker-credential-ecr-login}) is an executable file in a {@code PATH}
     * directory.
     *
     * @param program a plain file name; callers check {@link #isPlainFileName(String)} first
     */
    boolean isInstalled(String program);

    /** The search path, for messages: e.g. {@code PATH=/usr/local/bin:/usr/bin of the image}. */
    String searchPath();

    /** Whether a helper name is a plain file name: not empty, no {@code /} or {@code \}, not {@code .} or {@code ..}. */
    static boolean isPlainFileName(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..") && name.indexOf('/') < 0
                && name.indexOf('\\') < 0 && name.indexOf('\0') < 0;
    }
}
