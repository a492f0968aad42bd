package dev.configunit.finding;

import dev.configunit.parse.Region;
import java.util.List;

/**
 * One fault found in one credential source by one rule.
 *
 * <p>Nothing in a finding is secret: the message describes the fault, and the pointer and region only say where it
 * is. The fingerprint hashes the rule, the path and the JSON pointer, so it survives lines moving.
 *
 * @param ruleId the stable rule id, e.g. {@code docker/hub-key}
 * @param level the level after escalation
 * @param path the source's display path ({@code /} separators, relative to the scanned root)
 * @param pointer the JSON Pointer of the offending key or value, {@code ""} for the whole file
 * @param region where the offending key or value is written
 * @param message what is wrong and how to fix it
 * @param clients the selected client profiles this fault breaks
 * @param fingerprint a stable, non-secret identity of the finding
 */
public record Finding(String ruleId, Level level, String path, String pointer, Region region, String message,
        List<String> clients, String fingerprint) {

    public Finding {
        clients = List.copyOf(clients);
    }

    /** {@code path:line:col}, the way compilers and editors print a location; the path as {@link PrintableText}. */
    public String location() {
        return PrintableText.of(path) + ":" + region.line() + ":" + region.column();
    }
}
