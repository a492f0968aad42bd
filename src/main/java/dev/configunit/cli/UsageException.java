package dev.configunit.cli;

/**
 * A command line the command does not accept: an unknown option, a missing value, a missing command. The CLI prints
 * the message and the command's help on stderr and exits 2.
 */
final class UsageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient CommandSpec command;

    UsageException(CommandSpec command, String message) {
        super(message, null, false, false);
        this.command = command;
    }

    /** The command whose help follows the message. */
    CommandSpec command() {
        return command;
    }
}
