package dev.configunit.fix;

/**
 * What an {@code auths} entry gives a client once repaired: the {@code auth} value and the tokens.
 *
 * <p>Two entries for the same registry can be merged only when these agree. Holds secrets: {@link #toString()} does
 * not show them.
 */
record EntryCredentials(String auth, String identityToken, String registryToken) {

    static final EntryCredentials NONE = new EntryCredentials("", "", "");

    boolean isEmpty() {
        return auth.isEmpty() && identityToken.isEmpty() && registryToken.isEmpty();
    }

    @Override
    public String toString() {
        return isEmpty() ? "EntryCredentials[none]" : "EntryCredentials[***]";
    }
}
