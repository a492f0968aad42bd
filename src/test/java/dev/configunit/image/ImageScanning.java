package dev.configunit.image;

import dev.configunit.finding.Finding;
import dev.configunit.lint.Linter;
import dev.configunit.lint.ScanResult;
import dev.configunit.rule.RuleFileLoader;
import java.util.List;
import java.util.Set;

/**
 * Test helper: scans images with the built-in rules and shows findings as {@code rule path: message} lines.
 */
final class ImageScanning {

    private ImageScanning() {
    }

    static ScanResult scan(String... references) {
        return scan(ImageScanOptions.defaults(), references);
    }

    static ScanResult scan(ImageScanOptions options, String... references) {
        return ImageScan.run(List.of(references), new Linter(RuleFileLoader.builtIn(), Set.of()), options);
    }

    static List<String> lines(ScanResult result) {
        return result.findings().stream().map(ImageScanning::line).toList();
    }

    static String line(Finding f) {
        return f.level().id() + " " + f.ruleId() + " " + f.path() + ": " + f.message();
    }

    static List<Finding> ofRule(ScanResult result, String rule) {
        return result.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }
}
