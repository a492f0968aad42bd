package dev.configunit.fix;

/**
 * A case {@code fix} will not decide for the user; the file it was found in is left exactly as it was.
 *
 * <p>The message names the key and the fault and says what to do by hand. Like every message of ConfigUnit it never
 * quotes a secret, so it carries no stack trace and no cause that could.
 */
final class Refusal extends Exception {

    Refusal(String message) {
        super(message, null, false, false);
    }
}
