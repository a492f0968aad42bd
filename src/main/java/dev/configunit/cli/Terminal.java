package dev.configunit.cli;

/**
 * Whether output goes to a person at a terminal, for colour.
 */
final class Terminal {

    private Terminal() {
    }

    static boolean isInteractive() {
        return System.console() != null && System.getenv("NO_COLOR") == null
                && !"dumb".equals(System.getenv("TERM"));
    }
}
