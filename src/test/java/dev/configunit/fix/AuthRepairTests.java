package dev.configunit.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Re-encoding {@code auth} values: what has one meaning is repaired, what may be part of a secret is refused.
 */
class AuthRepairTests {

    @Test
    void aCleanValueIsReturnedAsItIs() throws Refusal {
        AuthRepair.Result result = AuthRepair.ofAuth(b64("user:pass"), "quay.io");

        assertThat(result.changed()).isFalse();
        assertThat(result.auth()).isEqualTo(b64("user:pass"));
    }

    @Test
    void aNonCanonicalButValidValueIsNotRewritten() throws Refusal {
        String nonCanonical = "dXNlcjpwYR=="; // "user:pa" with stray low bits, which Go accepts
        assertThat(AuthRepair.ofAuth(nonCanonical, "quay.io").changed()).isFalse();
    }

    @Test
    void everyTrailingLineBreakOfThePasswordIsRemoved() throws Refusal {
        assertThat(AuthRepair.ofAuth(b64("user:pass\n"), "k").auth()).isEqualTo(b64("user:pass"));
        assertThat(AuthRepair.ofAuth(b64("user:pass\r\n"), "k").auth()).isEqualTo(b64("user:pass"));
        assertThat(AuthRepair.ofAuth(b64("user:pass\n\n"), "k").auth()).isEqualTo(b64("user:pass"));
    }

    @Test
    void blanksAroundTheUserNameAreRemoved() throws Refusal {
        AuthRepair.Result result = AuthRepair.ofAuth(b64(" user\t:pass"), "k");

        assertThat(result.auth()).isEqualTo(b64("user:pass"));
        assertThat(result.repairs()).containsExactly("removed the blanks around the user name in \"auth\" of \"k\" "
                + "(docker/auth-whitespace)");
    }

    @Test
    void colonsInThePasswordAreKept() throws Refusal {
        assertThat(AuthRepair.ofAuth(b64("user:pa:ss\n"), "k").auth()).isEqualTo(b64("user:pa:ss"));
    }

    @Test
    void paddingIsAddedOrCorrected() throws Refusal {
        assertThat(AuthRepair.ofAuth("dXNlcjpw", "k").changed()).isFalse();
        assertThat(AuthRepair.ofAuth("dXNlcjpwYQ", "k").auth()).isEqualTo("dXNlcjpwYQ==");
        assertThat(AuthRepair.ofAuth("dXNlcjpwYWI", "k").auth()).isEqualTo("dXNlcjpwYWI=");
        assertThat(AuthRepair.ofAuth("dXNlcjpwYQ=", "k").auth()).isEqualTo("dXNlcjpwYQ==");
    }

    @Test
    void aValueNoBase64TextCanHaveIsRefused() {
        assertThatThrownBy(() -> AuthRepair.ofAuth("dXNlcjpwY", "k")).isInstanceOf(Refusal.class)
                .hasMessageStartingWith("\"auth\" of \"k\" has a stray or missing character");
        assertThatThrownBy(() -> AuthRepair.ofAuth("dXNl=cjpw", "k")).hasMessageContaining("padding before its end");
        assertThatThrownBy(() -> AuthRepair.ofAuth("dXNl+cj-w", "k")).hasMessageContaining("mixes the standard");
        assertThatThrownBy(() -> AuthRepair.ofAuth("dXNl\tcjpw", "k")).hasMessageContaining("outside the Base64");
    }

    @Test
    void aPasswordThatBeginsOrEndsWithAnotherBlankIsRefused() {
        assertThatThrownBy(() -> AuthRepair.ofAuth(b64("user: pass"), "k")).hasMessageContaining("begins or ends");
        assertThatThrownBy(() -> AuthRepair.ofAuth(b64("user:pass\t\n"), "k")).hasMessageContaining("begins or ends");
    }

    @Test
    void plaintextFieldsNeedAUserName() {
        assertThatThrownBy(() -> AuthRepair.ofPlaintext("", "pass", "k")).isInstanceOf(Refusal.class)
                .hasMessage("\"password\" of \"k\" has no user name beside it; every client would refuse the result. "
                        + "Add the user name by hand");
    }

    @Test
    void plaintextFieldsAreEncodedAsDockerLoginWould() throws Refusal {
        assertThat(AuthRepair.ofPlaintext("user", "pässword\n", "k").auth()).isEqualTo(b64("user:pässword"));
        assertThat(AuthRepair.ofPlaintext("user", "", "k").auth()).isEqualTo(b64("user:"));
    }

    @Test
    void noRepairOrRefusalQuotesTheSecret() throws Refusal {
        String user = "canary-u7";
        String secret = "s3cr3t-canary";
        StringBuilder said = new StringBuilder();
        said.append(AuthRepair.ofAuth(b64(" " + user + ":" + secret + "\n").replace("=", ""), "k").repairs());
        for (String bad : new String[] {b64(secret), b64(user + ":" + secret + " "), b64(secret) + "*"}) {
            try {
                AuthRepair.ofAuth(bad, "k");
            } catch (Refusal refusal) {
                said.append(refusal.getMessage());
            }
        }
        assertThat(said.toString()).doesNotContain(secret, user, b64(secret), b64(user));
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
