package dev.configunit.fix;

import java.util.List;

/**
 * The cases {@code fix} will not decide for the user in one file; the file is left exactly as it was.
 *
 * <p>Each reason names the key and the fault and says what to do by hand. Like every message of ConfigUnit they
 * never quote a secret, so the exception carries no stack trace and no cause that could.
 */
final class Refusal extends Exception {

    private final List<String> reasons;

    Refusal(String reason) {
        this(List.of(reason));
    }

    Refusal(List<String> reasons) {
        super(String.join("; ", reasons), null, false, false);
        this.reasons = List.copyOf(reasons);
    }

    /** Every reason found in the file, in document order. */
    List<String> reasons() {
        return reasons;
    }
}
