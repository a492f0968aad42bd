package dev.configunit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The example pack in samples/rules works from the command line, alongside the built-in rules.
 */
class CustomRulePackTests {

    @Test
    void theExamplePackReportsRegistriesOffTheAllowList() {
        CliRun run = CliRun.of("scan", "samples/bad-hub-key", "--rules", "samples/rules");

        assertThat(run.out()).contains(".docker/config.json:3:3: error acme/allowed-registries Registry \"docker.io\" "
                + "is not on the allow-list: CI may only use registry.acme.io and Docker Hub");
        assertThat(run.out()).contains("docker/hub-key");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void theExamplePackDemandsTheEcrLoginHelper() {
        CliRun run = CliRun.of("scan", "samples/good-helper", "--rules", "samples/rules");

        assertThat(run.out()).contains(".docker/config.json:6:16: error acme/creds-store-ecr credsStore must be "
                + "\"ecr-login\" (allowed: ecr-login): our runners have no other helper");
    }

    @Test
    void aMalformedUserRuleIsAUsageErrorWithFileLineAndColumn() {
        CliRun run = CliRun.of("scan", "samples", "--rules", "src/test/resources/rules/malformed.yaml");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("src/test/resources/rules/malformed.yaml:9:12: \"check\"");
    }
}
