package dev.configunit.check;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An image's {@code history[].created_by} command: masked so no secret it carries is ever shown, shortened for
 * messages, and read for the credential leaks of rule {@code docker/secret-in-image-history}.
 */
public final class BuildCommand {

    static final String MASK = "***";
    private static final int SHORT = 80;

    /** A login command, up to the end of its shell segment. */
    private static final Pattern LOGIN = Pattern.compile("\\blogin\\b[^;&|\\n]*");
    /** {@code -p VALUE}, {@code -pVALUE}, {@code -p=VALUE}, {@code --password VALUE}, {@code --password=VALUE}. */
    private static final Pattern PASSWORD_FLAG = Pattern.compile(
            "(\\s)(-p|--password)(?:(=|\\s+)|(?=[^\\s=-]))(\"[^\"]*\"?|'[^']*'?|\\S+)");
    /** An assignment to a variable whose name says it holds a secret. */
    private static final Pattern SECRET_ASSIGNMENT = Pattern.compile(
            "\\b([A-Za-z_][A-Za-z0-9_]*)=", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECRET_NAME = Pattern.compile(
            ".*(PASS|TOKEN|SECRET|AUTH|CREDENTIAL|API_?KEY|PRIVATE_?KEY).*", Pattern.CASE_INSENSITIVE);
    /** A JSON secret field, also inside a shell string with escaped quotes. */
    private static final Pattern JSON_SECRET = Pattern.compile(
            "(\\\\*\"(?:auth|password|identitytoken|registrytoken|secret|token|access_token)\\\\*\"\\s*:\\s*\\\\*\")"
                    + "((?:[^\"\\\\]|\\\\(?!\"))*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AUTHORIZATION = Pattern.compile("(?i)(authorization:\\s*(?:basic|bearer)\\s+)[^\\s'\"]+");
    private static final Pattern URL_USERINFO = Pattern.compile("(://[^/\\s:@]+:)[^@\\s/]+@");

    private BuildCommand() {
    }

    /** The command with every secret it may carry replaced by {@code ***}. */
    public static String masked(String command) {
        String text = maskLoginPasswords(command);
        text = maskAssignments(text);
        text = JSON_SECRET.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + (m.group(2).isEmpty() ? "" : MASK)));
        text = AUTHORIZATION.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        return URL_USERINFO.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(MASK) + "@");
    }

    /** Masked, with the shell wrapper Docker adds removed and whitespace collapsed, at most 80 characters. */
    public static String shortened(String command) {
        String text = masked(command).strip();
        text = text.replaceFirst("^/bin/sh -c #\\(nop\\)\\s*", "");
        text = text.replaceFirst("^/bin/sh -c\\s+", "RUN ");
        text = text.replaceFirst("\\s*# buildkit$", "");
        text = text.replaceAll("\\s+", " ").strip();
        text = Printable.of(text);
        return text.length() <= SHORT ? text : text.substring(0, SHORT - 1) + "…";
    }

    /**
     * The leak the command carries, as a message variant of {@code docker/secret-in-image-history}: {@code login}
     * (a password on a login command line), {@code auth-config} (a {@code DOCKER_AUTH_CONFIG} value) or
     * {@code inline-auth} (a JSON {@code auth} written inline); empty if none. A {@code $VARIABLE} is not a leak:
     * its value is not in the history.
     */
    public static Optional<String> leak(String command) {
        Matcher login = LOGIN.matcher(command);
        while (login.find()) {
            Matcher flag = PASSWORD_FLAG.matcher(login.group());
            while (flag.find()) {
                if (isLiteral(flag.group(4))) {
                    return Optional.of("login");
                }
            }
        }
        Matcher assignment = SECRET_ASSIGNMENT.matcher(command);
        while (assignment.find()) {
            if (assignment.group(1).equals("DOCKER_AUTH_CONFIG")) {
                int end = valueEnd(command, assignment.end());
                if (isLiteral(command.substring(assignment.end(), end))) {
                    return Optional.of("auth-config");
                }
            }
        }
        if (command.toLowerCase(Locale.ROOT).contains("auths")) {
            Matcher json = JSON_SECRET.matcher(command);
            while (json.find()) {
                if (!json.group(2).isEmpty() && isLiteral(json.group(2))) {
                    return Optional.of("inline-auth");
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isLiteral(String value) {
        String v = value.replaceAll("^[\"'\\\\]+", "");
        return !v.isEmpty() && !v.startsWith("$") && !v.startsWith("`") && !v.startsWith("<");
    }

    private static String maskLoginPasswords(String command) {
        Matcher login = LOGIN.matcher(command);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (login.find()) {
            out.append(command, last, login.start());
            out.append(PASSWORD_FLAG.matcher(login.group()).replaceAll(m -> Matcher.quoteReplacement(
                    m.group(1) + m.group(2) + (m.group(3) == null ? "" : m.group(3)) + MASK)));
            last = login.end();
        }
        return out.append(command.substring(last)).toString();
    }

    private static String maskAssignments(String command) {
        Matcher assignment = SECRET_ASSIGNMENT.matcher(command);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (assignment.find(last)) {
            if (!SECRET_NAME.matcher(assignment.group(1)).matches()) {
                out.append(command, last, assignment.end());
                last = assignment.end();
                continue;
            }
            int end = valueEnd(command, assignment.end());
            out.append(command, last, assignment.end());
            if (end > assignment.end()) {
                out.append(MASK);
            }
            last = end;
            if (last >= command.length()) {
                break;
            }
        }
        return out.append(command.substring(Math.min(last, command.length()))).toString();
    }

    /** Where a shell word starting at {@code from} ends: quotes and braces keep it going across blanks. */
    static int valueEnd(String text, int from) {
        int depth = 0;
        char quote = 0;
        int i = from;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '\\') {
                i++;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (Character.isWhitespace(c) && depth == 0) {
                break;
            }
        }
        return Math.min(i, text.length());
    }
}
