package dev.configunit.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageTemplateTests {

    @Test
    void fillsKnownPlaceholders() {
        assertThat(MessageTemplate.render("Key \"{key}\" breaks {clients}", Map.of("key", "docker.io", "clients", "docker")))
                .isEqualTo("Key \"docker.io\" breaks docker");
    }

    @Test
    void leavesUnknownPlaceholdersAndBracesAsWritten() {
        assertThat(MessageTemplate.render("{unknown} {} {key", Map.of("key", "x"))).isEqualTo("{unknown} {} {key");
    }

    @Test
    void doesNotExpandPlaceholdersInsideValues() {
        assertThat(MessageTemplate.render("{a}", Map.of("a", "{b}", "b", "secret"))).isEqualTo("{b}");
    }
}
