package dev.configunit.engine;

/**
 * Every configuration parameter of the {@code configunit} engine.
 *
 * <p>Set them in {@code junit-platform.properties}, in Surefire's {@code <configurationParameters>}, with the
 * ConsoleLauncher's {@code --config key=value}, or as system properties.
 */
public final class Constants {

    /** The engine id: {@code configunit}. */
    public static final String ENGINE_ID = "configunit";

    /**
     * Comma-separated paths (directories or files) to scan instead of the request's selectors.
     *
     * <p>Needed where a build tool sends only class selectors (Maven Surefire, Gradle before 9.4): with this set,
     * the engine descriptor carries a {@code ClassSource} so that Surefire counts and reports its tests.
     * Relative paths resolve against the working directory.
     */
    public static final String PATHS_PROPERTY_NAME = "configunit.paths";

    /** Comma-separated rule files or directories of rule files to add to the built-in pack. */
    public static final String RULES_PROPERTY_NAME = "configunit.rules";

    /**
     * Comma-separated client profiles to check for: {@code docker}, {@code podman}, {@code gitlab-runner}.
     * Default: each file kind's own client ({@code config.json}: docker, {@code auth.json}: podman).
     */
    public static final String CLIENTS_PROPERTY_NAME = "configunit.clients";

    /**
     * The lowest level that fails a rule's test: {@code error} (default), {@code warning}, {@code note} or {@code none}.
     * Findings below it are published as report entries and the test passes.
     */
    public static final String FAIL_ON_PROPERTY_NAME = "configunit.fail-on";

    /** Where to write a SARIF 2.1.0 report of the run (relative to the working directory). */
    public static final String SARIF_FILE_PROPERTY_NAME = "configunit.sarif.file";

    /** Where to write a GitLab Code Quality report of the run (relative to the working directory). */
    public static final String CODEQUALITY_FILE_PROPERTY_NAME = "configunit.codequality.file";

    /** A baseline file: findings it lists are suppressed. */
    public static final String BASELINE_PROPERTY_NAME = "configunit.baseline";

    private Constants() {
    }
}
