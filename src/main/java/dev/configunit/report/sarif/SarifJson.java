package dev.configunit.report.sarif;

import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.Result;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON mapper for java-sarif's model, with its traps fixed (report-formats.md §1.3).
 *
 * <p>The generated classes leave out any property equal to the schema default, so a {@code warning} level would
 * vanish and a consumer would fall back to the rule's default level instead: the mix-ins always write it. No
 * date is ever set, so no date format is needed and the output stays byte-identical between runs.
 */
final class SarifJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .addMixIn(Result.class, ResultLevel.class)
            .addMixIn(ReportingConfiguration.class, ConfigurationLevel.class)
            .addMixIn(Notification.class, NotificationLevel.class)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private SarifJson() {
    }

    abstract static class ResultLevel {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @JsonProperty("level")
        abstract Result.Level getLevel();
    }

    abstract static class ConfigurationLevel {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @JsonProperty("level")
        abstract ReportingConfiguration.Level getLevel();
    }

    abstract static class NotificationLevel {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        @JsonProperty("level")
        abstract Notification.Level getLevel();
    }
}
