package dev.configunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.configunit.parse.JsonPointers;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Fuzz tests of {@link RegistryKey}, the key normaliser: any key is taken apart without failing, its canonical
 * {@code host[:port]} is lower case and its own canonical form, and user information is never shown. Run on the
 * committed inputs in every build and as real fuzzing with {@code JAZZER_FUZZ=1} (SECURITY.md).
 *
 * <p>An input is up to four parts separated by NUL: a scheme, a user, a password and what follows the {@code @}.
 */
class RegistryKeyFuzzTests {

    /** Put inside the user information of every key: it must never be shown. */
    private static final String CANARY = "Cx9Qz";

    @FuzzTest(maxDuration = "2m")
    void normalisesAnyKeyAndNeverShowsItsUserInformation(byte[] input) {
        String[] parts = (new String(input, StandardCharsets.UTF_8) + "\0\0\0").split("\0", -1);
        String scheme = clean(parts[0]);
        String user = clean(parts[1]);
        String password = clean(parts[2]);
        String rest = clean(parts[3]);

        // as written, whatever it is
        RegistryKey plain = RegistryKey.parse(rest);
        String canonical = plain.canonicalHost();
        assertThat(canonical).isEqualTo(canonical.toLowerCase(Locale.ROOT)).doesNotContain("/");
        if (!canonical.isEmpty() && !canonical.contains("@") && !canonical.contains("://")) {
            assertThat(RegistryKey.parse(canonical).canonicalHost()).as("canonical form of %s", canonical)
                    .isEqualTo(canonical);
            assertThat(RegistryKey.parse(canonical).isDockerHub()).isEqualTo(plain.isDockerHub());
        }
        if (!rest.contains("@")) {
            assertThat(plain.display()).as("a key without user information is shown as written").isEqualTo(rest);
        }

        // with user information: masked in the key, in a pointer through it, and in a key of a key
        String key = (scheme.isEmpty() || scheme.contains("@") ? "" : scheme + "://") + user + ":" + CANARY + password
                + "@" + rest;
        RegistryKey withUser = RegistryKey.parse(key);
        assertThat(withUser.userInfo()).isTrue();
        assertThat(withUser.display()).as("%s shown", key).doesNotContain(CANARY).contains("***");
        if (!rest.contains("@") && !rest.contains("://")) {
            assertThat(withUser.hostName()).as("the host of %s", key).isEqualTo(plain.hostName());
        }
        assertThat(RegistryKey.maskPointer(JsonPointers.child(JsonPointers.child("/auths", key), "auth")))
                .doesNotContain(CANARY);
    }

    /** A part without NUL and without the canary, so that only the place it was put can hold it. */
    private static String clean(String part) {
        String cleaned = part.replace("\0", "");
        while (cleaned.contains(CANARY)) {
            cleaned = cleaned.replace(CANARY, ""); // "CxCx9Qz9Qz" holds it again once it is taken out
        }
        return cleaned;
    }
}
