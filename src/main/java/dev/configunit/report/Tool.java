package dev.configunit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * How reports name the tool that wrote them.
 */
public final class Tool {

    /** The tool's name in every report. */
    public static final String NAME = "ConfigUnit";

    /** The project's home page; rule documentation lives under it ({@code docs/rules.md}). */
    public static final String INFORMATION_URI = "https://configunit.dev/";

    private static final String VERSION = loadVersion();

    private Tool() {
    }

    /** The project version the build stamped into the jar, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        return VERSION;
    }

    private static String loadVersion() {
        try (InputStream in = Tool.class.getResourceAsStream("tool.properties")) {
            if (in == null) {
                throw new IllegalStateException("tool.properties is missing from the build");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
