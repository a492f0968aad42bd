package dev.configunit.rule;

import dev.configunit.parse.Position;

/**
 * A rule file that cannot be used: names the file, line and column, and what is wrong.
 */
public final class RuleFileException extends Exception {

    private final String file;
    private final Position position;
    private final String problem;

    public RuleFileException(String file, Position position, String problem) {
        super(file + ":" + position.line() + ":" + position.column() + ": " + problem, null, false, false);
        this.file = file;
        this.position = position;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public Position position() {
        return position;
    }

    public String problem() {
        return problem;
    }
}
