package dev.configunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * How {@code history[].created_by} commands are shown (masked, shortened) and read for leaks.
 */
class BuildCommandTests {

    @Test
    void loginPasswordsAreMaskedInEveryFlagForm() {
        assertThat(BuildCommand.masked("docker login -u ci -p s3cret registry.example"))
                .isEqualTo("docker login -u ci -p *** registry.example");
        assertThat(BuildCommand.masked("podman login --password=s3cret -u ci r && make"))
                .isEqualTo("podman login --password=*** -u ci r && make");
        assertThat(BuildCommand.masked("docker login -ps3cret r")).isEqualTo("docker login -p*** r");
        assertThat(BuildCommand.masked("docker login --password 'two words' r")).isEqualTo("docker login --password *** r");
    }

    @Test
    void passwordStdinAndOtherCommandsFlagsAreKept() {
        assertThat(BuildCommand.masked("echo $P | docker login --password-stdin -u ci r && mkdir -p /root/.docker"))
                .isEqualTo("echo $P | docker login --password-stdin -u ci r && mkdir -p /root/.docker");
    }

    @Test
    void secretAssignmentsAndInlineJsonAreMasked() {
        assertThat(BuildCommand.masked("ENV DOCKER_AUTH_CONFIG={\"auths\": {\"r\": {\"auth\": \"dTpw\"}}} OTHER=1"))
                .isEqualTo("ENV DOCKER_AUTH_CONFIG=*** OTHER=1");
        assertThat(BuildCommand.masked("RUN |2 REGISTRY_PASSWORD=hunter2 VERSION=1 /bin/sh -c make"))
                .isEqualTo("RUN |2 REGISTRY_PASSWORD=*** VERSION=1 /bin/sh -c make");
        assertThat(BuildCommand.masked("echo '{\"auths\":{\"r\":{\"auth\":\"dTpw\"}}}' > ~/.docker/config.json"))
                .isEqualTo("echo '{\"auths\":{\"r\":{\"auth\":\"***\"}}}' > ~/.docker/config.json");
        assertThat(BuildCommand.masked("curl -H 'Authorization: Bearer abc.def' https://u:pw@host/x"))
                .isEqualTo("curl -H 'Authorization: Bearer ***' https://u:***@host/x");
    }

    @Test
    void shortenedDropsDockersShellWrapperAndCapsTheLength() {
        assertThat(BuildCommand.shortened("/bin/sh -c #(nop)  ENV PATH=/usr/bin")).isEqualTo("ENV PATH=/usr/bin");
        assertThat(BuildCommand.shortened("/bin/sh -c apt-get update &&     apt-get install -y x"))
                .isEqualTo("RUN apt-get update && apt-get install -y x");
        assertThat(BuildCommand.shortened("RUN " + "x".repeat(200) + " # buildkit")).hasSize(80).endsWith("…");
    }

    @Test
    void leaksAreLiteralPasswordsAuthConfigsAndInlineAuths() {
        assertThat(BuildCommand.leak("docker login -u ci -p s3cret r")).contains("login");
        assertThat(BuildCommand.leak("/bin/sh -c #(nop)  ENV DOCKER_AUTH_CONFIG={\"auths\":{}}")).contains("auth-config");
        assertThat(BuildCommand.leak("echo '{\"auths\":{\"r\":{\"auth\":\"dTpw\"}}}' > /root/.docker/config.json"))
                .contains("inline-auth");
    }

    @Test
    void variablesAndStdinAreNoLeak() {
        assertThat(BuildCommand.leak("docker login -u ci -p $CI_REGISTRY_PASSWORD r")).isEmpty();
        assertThat(BuildCommand.leak("docker login -u ci -p \"${PASSWORD}\" r")).isEmpty();
        assertThat(BuildCommand.leak("echo $P | docker login --password-stdin r")).isEmpty();
        assertThat(BuildCommand.leak("mkdir -p /root/.docker")).isEmpty();
    }
}
