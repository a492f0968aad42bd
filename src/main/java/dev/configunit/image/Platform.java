package dev.configunit.image;

import tools.jackson.databind.JsonNode;

/**
 * The platform whose image is scanned when an index lists several: {@code linux/amd64} unless told otherwise.
 *
 * @param os e.g. {@code linux}
 * @param architecture e.g. {@code amd64}
 */
record Platform(String os, String architecture) {

    static final Platform DEFAULT = new Platform("linux", "amd64");

    /** Lower is better: this platform, then the same OS, then anything. */
    int rank(JsonNode descriptor) {
        JsonNode p = descriptor.path("platform");
        String o = ImagePlanner.text(p.path("os"));
        String a = ImagePlanner.text(p.path("architecture"));
        if (o == null && a == null) {
            return 1;
        }
        if (os.equals(o) && architecture.equals(a)) {
            return 0;
        }
        return os.equals(o) ? 2 : 3;
    }
}
