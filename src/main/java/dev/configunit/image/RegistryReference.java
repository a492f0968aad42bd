package dev.configunit.image;

import java.util.regex.Pattern;

/**
 * {@code HOST[:PORT]/REPOSITORY[:TAG|@DIGEST]}, read the way Docker reads image names: a first component with a
 * dot or a colon, or {@code localhost}, is a registry host; otherwise the image is on Docker Hub.
 *
 * @param host registry host and port, e.g. {@code 127.0.0.1:5000}
 * @param repository e.g. {@code ci/build-image}
 * @param reference a tag or a {@code sha256:} digest
 */
record RegistryReference(String host, String repository, String reference) {

    private static final Pattern REPOSITORY = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");
    private static final Pattern DIGEST = Pattern.compile("sha256:[0-9a-f]{64}");

    static RegistryReference parse(String text) {
        String rest = text;
        String reference = "latest";
        int at = rest.indexOf('@');
        if (at >= 0) {
            reference = rest.substring(at + 1);
            rest = rest.substring(0, at);
            if (!DIGEST.matcher(reference).matches()) {
                throw new IllegalArgumentException("image reference \"" + text + "\" has an invalid digest");
            }
        } else {
            int slash = rest.lastIndexOf('/');
            int colon = rest.lastIndexOf(':');
            if (colon > slash) {
                reference = rest.substring(colon + 1);
                rest = rest.substring(0, colon);
                if (!TAG.matcher(reference).matches()) {
                    throw new IllegalArgumentException("image reference \"" + text + "\" has an invalid tag");
                }
            }
        }
        String host = "registry-1.docker.io";
        String repository = rest;
        int slash = rest.indexOf('/');
        if (slash > 0 && isHost(rest.substring(0, slash))) {
            host = rest.substring(0, slash);
            repository = rest.substring(slash + 1);
        } else if (slash < 0) {
            repository = "library/" + rest;
        }
        if (host.equals("docker.io") || host.equals("index.docker.io")) {
            host = "registry-1.docker.io";
        }
        if (!REPOSITORY.matcher(repository).matches()) {
            throw new IllegalArgumentException("image reference \"" + text + "\" has an invalid repository name");
        }
        return new RegistryReference(host, repository, reference);
    }

    static boolean looksLikeRegistryReference(String text) {
        int slash = text.indexOf('/');
        return slash > 0 && isHost(text.substring(0, slash)) && !text.startsWith(".") && !text.contains("//");
    }

    private static boolean isHost(String component) {
        return component.contains(".") || component.contains(":") || component.equals("localhost");
    }

    /** Loopback registries are spoken to over plain HTTP, as Docker treats them as insecure registries by default. */
    boolean isLoopback() {
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1) : host.split(":")[0];
        return name.equals("localhost") || name.startsWith("127.") || name.equals("[::1]");
    }

    @Override
    public String toString() {
        return host + "/" + repository + (reference.startsWith("sha256:") ? "@" : ":") + reference;
    }
}
