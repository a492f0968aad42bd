package dev.configunit.source;

import dev.configunit.parse.GoJsonReader;
import dev.configunit.parse.JsonSyntaxException;
import dev.configunit.parse.ParsedJson;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Tells a credential file from any other {@code *.json}: its top-level object has {@code auths},
 * {@code credsStore} or {@code credHelpers} (in any case: Go matches field names case-insensitively, §1.2).
 */
public final class CredentialMarkers {

    private static final List<String> FIELDS = List.of("auths", "credsstore", "credhelpers");

    private CredentialMarkers() {
    }

    /** Whether a {@code *.json} file's content makes it a credential file (also used for files inside images). */
    public static boolean isCredentialFile(byte[] bytes) {
        if (!mentionsField(bytes)) {
            return false; // cheap byte scan first: most JSON files in a repository are not candidates
        }
        try {
            ParsedJson parsed = GoJsonReader.read(bytes);
            if (!parsed.root().isObject()) {
                return false;
            }
            for (Iterator<String> names = parsed.root().propertyNames().iterator(); names.hasNext(); ) {
                if (FIELDS.contains(names.next().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        } catch (JsonSyntaxException e) {
            return true; // a broken file that names a credential field as a key is a broken credential file
        }
    }

    /** Whether one of the fields occurs as an object key: {@code "name"} followed by optional blanks and a colon. */
    static boolean mentionsField(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] != '"') {
                continue;
            }
            for (String field : FIELDS) {
                int end = i + 1 + field.length();
                if (end < bytes.length && bytes[end] == '"' && equalsIgnoreCase(bytes, i + 1, field)
                        && colonFollows(bytes, end + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean equalsIgnoreCase(byte[] bytes, int from, String lowerCase) {
        for (int j = 0; j < lowerCase.length(); j++) {
            int b = bytes[from + j];
            if (b >= 'A' && b <= 'Z') {
                b += 'a' - 'A';
            }
            if (b != lowerCase.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static boolean colonFollows(byte[] bytes, int from) {
        for (int i = from; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == ':') {
                return true;
            }
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return false;
    }
}
