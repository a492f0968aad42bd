package dev.configunit.report.junit;

import dev.configunit.engine.ConfigUnitTestEngine;
import dev.configunit.engine.Constants;
import dev.configunit.engine.SourceReportSelector;
import dev.configunit.lint.SourceReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * Writes a scan as JUnit XML with the JUnit Platform's own writer: the {@code configunit} engine runs over the
 * sources already linted, and the legacy XML listener records it.
 *
 * <p>Each source is a {@code classname} (its path), each rule a {@code testcase} named {@code rule-id: summary};
 * a rule with findings at or above the fail-on level fails, a rule that does not apply is skipped with its
 * reason, every other rule passes. The file is then made deterministic: no timestamps, host name, durations or
 * JVM system properties (which could carry anything a user put in {@code -D}).
 */
public final class JUnitXmlReport {

    private static final String ENGINE_REPORT = "TEST-" + Constants.ENGINE_ID + ".xml";

    private JUnitXmlReport() {
    }

    /**
     * Runs the engine over {@code reports} and writes its JUnit XML to {@code file}.
     *
     * @param reports the linted sources, in report order
     * @param failOn the lowest level that fails a test: {@code error}, {@code warning}, {@code note} or {@code none}
     * @param file where to write the report; its directory is created
     */
    public static void write(List<SourceReport> reports, String failOn, Path file) throws IOException {
        Path scratch = Files.createTempDirectory("configunit-junit");
        try {
            run(reports, failOn, scratch);
            String xml = DeterministicXml.normalize(Files.readString(scratch.resolve(ENGINE_REPORT)));
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, xml);
        } finally {
            deleteTree(scratch);
        }
    }

    private static void run(List<SourceReport> reports, String failOn, Path directory) throws IOException {
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .enableTestExecutionListenerAutoRegistration(false)
                .addTestEngines(new ConfigUnitTestEngine())
                .build());
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(reports.stream().map(SourceReportSelector::new).toList())
                // Only what is set here: no junit-platform.properties, no system properties.
                .enableImplicitConfigurationParameters(false)
                .configurationParameter(Constants.FAIL_ON_PROPERTY_NAME, failOn)
                .build();
        StringWriter problems = new StringWriter();
        launcher.execute(request, new LegacyXmlReportGeneratingListener(directory, new PrintWriter(problems)));
        if (!Files.exists(directory.resolve(ENGINE_REPORT))) {
            throw new IOException("the JUnit Platform wrote no report: " + firstLine(problems.toString()));
        }
    }

    private static String firstLine(String text) {
        return text.isBlank() ? "no reason given" : text.strip().lines().findFirst().orElse("");
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
