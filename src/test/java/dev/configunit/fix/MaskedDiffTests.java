package dev.configunit.fix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The diff {@code fix} prints: unified hunks, secrets masked, a changed secret still shown as changed.
 */
class MaskedDiffTests {

    @Test
    void changedLinesAreShownWithThreeLinesOfContext() {
        String before = "{\n\"a\": 1,\n\"b\": 2,\n\"c\": 3,\n\"d\": 4,\n\"e\": 5,\n\"f\": 6,\n\"g\": 7,\n\"h\": 8\n}\n";
        String after = before.replace("\"e\": 5", "\"E\": 5");

        assertThat(MaskedDiff.of("f.json", before, after)).isEqualTo("""
                --- f.json
                +++ f.json (fixed)
                @@ -3,7 +3,7 @@
                 "b": 2,
                 "c": 3,
                 "d": 4,
                -"e": 5,
                +"E": 5,
                 "f": 6,
                 "g": 7,
                 "h": 8
                """);
    }

    @Test
    void distantChangesMakeSeparateHunks() {
        StringBuilder before = new StringBuilder("{\n");
        for (int i = 0; i < 20; i++) {
            before.append("\"k").append(i).append("\": ").append(i).append(",\n");
        }
        before.append("\"end\": 0\n}\n");
        String after = before.toString().replace("\"k1\":", "\"K1\":").replace("\"k18\":", "\"K18\":");

        String diff = MaskedDiff.of("f.json", before.toString(), after);

        assertThat(diff).contains("@@ -1,6 +1,6 @@", "@@ -17,7 +17,7 @@");
    }

    @Test
    void aReencodedSecretShowsAsAChangedLineWithBothSidesMasked() {
        String before = "{\"auths\": {\"quay.io\": {\"auth\": \"dXNlcjpwYXNzCg==\"}}}";
        String after = "{\"auths\": {\"quay.io\": {\"auth\": \"dXNlcjpwYXNz\"}}}";

        assertThat(MaskedDiff.of("c.json", before, after)).isEqualTo("""
                --- c.json
                +++ c.json (fixed)
                @@ -1,1 +1,1 @@
                -{"auths": {"quay.io": {"auth": "***"}}}
                +{"auths": {"quay.io": {"auth": "***"}}}
                """);
    }

    @Test
    void secretsTokensHeadersAndUrlUserInformationAreMasked() {
        String text = "{\"auths\": {\"r\": {\"auth\": \"A\", \"password\": \"B\", \"identitytoken\": \"C\", \"registrytoken\": \"D\","
                + " \"username\": \"E\"}}, \"HttpHeaders\": {\"X-Meta\": \"F\"}, \"proxies\": {\"default\": {\"httpsProxy\":"
                + " \"http://u:G@proxy\"}}, \"list\": [\"ftp://H@x\", \"plain\"], \"credsStore\": \"pass\"}";

        String masked = SecretMask.apply(text);

        assertThat(masked).doesNotContain("\"A\"", "\"B\"", "\"C\"", "\"D\"", "\"E\"", "\"F\"", "G@", "H@")
                .contains("\"plain\"", "\"pass\"", "\"auths\"", "\"r\"");
    }
}
