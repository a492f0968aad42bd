package dev.configunit.parse;

/**
 * A member name that occurs more than once in one JSON object; Go's {@code encoding/json} keeps the last.
 *
 * @param pointer the pointer of the member (its last occurrence wins)
 * @param first where the name first occurs
 * @param repeated where it occurs again
 */
public record DuplicateKey(String pointer, Region first, Region repeated) {
}
