package dev.configunit.cli;

/**
 * One option of a command: its names, the label of its value, how often it may be given and its help line.
 *
 * @param name the long name, {@code --format}
 * @param shortName a one-letter alias such as {@code -h}, or {@code null}
 * @param label what the value is in the help ({@code FILE}), or {@code null} for a flag, which takes no value
 * @param kind how often the option may be given and how its value is read
 * @param defaultValue the value when the option is absent, or {@code null}
 * @param description the help line
 */
record OptionSpec(String name, String shortName, String label, Kind kind, String defaultValue, String description) {

    /** How often an option may be given and how its value is read. */
    enum Kind {
        /** No value; at most once. */
        FLAG,
        /** One value; at most once. */
        VALUE,
        /** One value each time; any number of times. */
        REPEATABLE,
        /** Comma-separated values each time; any number of times. */
        LIST
    }

    /** An option without a value: {@code --dry-run}. */
    static OptionSpec flag(String name, String description) {
        return new OptionSpec(name, null, null, Kind.FLAG, null, description);
    }

    /** An option with one value, given at most once: {@code --format json} or {@code --format=json}. */
    static OptionSpec value(String name, String label, String description) {
        return new OptionSpec(name, null, label, Kind.VALUE, null, description);
    }

    /** An option with one value, given any number of times: {@code --rules a --rules b}. */
    static OptionSpec repeatable(String name, String label, String description) {
        return new OptionSpec(name, null, label, Kind.REPEATABLE, null, description);
    }

    /** An option whose value is a comma-separated list, given any number of times: {@code --clients docker,podman}. */
    static OptionSpec list(String name, String label, String description) {
        return new OptionSpec(name, null, label, Kind.LIST, null, description);
    }

    /** This option with a value when it is absent. */
    OptionSpec withDefault(String value) {
        return new OptionSpec(name, shortName, label, kind, value, description);
    }

    /** This flag with a one-letter alias, {@code -h}; only flags have one, so {@code -hV} reads as two. */
    OptionSpec withShortName(String alias) {
        if (takesValue()) {
            throw new IllegalArgumentException("only a flag has a short name: " + name);
        }
        return new OptionSpec(name, alias, label, kind, defaultValue, description);
    }

    boolean takesValue() {
        return kind != Kind.FLAG;
    }

    boolean repeatable() {
        return kind == Kind.REPEATABLE || kind == Kind.LIST;
    }

    /** Whether this option goes by {@code name}, long or short. */
    boolean isNamed(String name) {
        return name.equals(this.name) || name.equals(shortName);
    }

    /** The option as the help shows it: {@code --format=FORMAT}, {@code --clients=LIST[,LIST...]}. */
    String synopsis() {
        if (label == null) {
            return name;
        }
        return name + "=" + (kind == Kind.LIST ? label + "[," + label + "...]" : label);
    }

    /** Several lists of options as one, in order. */
    @SafeVarargs
    static java.util.List<OptionSpec> concat(java.util.List<OptionSpec>... lists) {
        java.util.List<OptionSpec> all = new java.util.ArrayList<>();
        for (java.util.List<OptionSpec> list : lists) {
            all.addAll(list);
        }
        return java.util.List.copyOf(all);
    }
}
