package dev.configunit.source;

import java.util.List;

/**
 * Where a credential source sits in a container image: the image, the layer that added it, whether a later layer
 * deleted or overwrote it, and the in-image path.
 *
 * @param image the image reference as the user gave it, e.g. {@code build-image.tar}
 * @param layer the layer that added the file; {@code null} for the image itself (its config: {@code Env},
 *     {@code history})
 * @param presence whether the file is in the final filesystem
 * @param hiddenBy the layer that deleted or overwrote it, or {@code null} while it is visible
 * @param path the in-image path, absolute ({@code /root/.docker/config.json}); {@code ""} for the image itself
 * @param issues what makes the image unsafe or only partly readable (only on the image itself)
 */
public record ImageLocation(String image, Layer layer, Presence presence, Layer hiddenBy, String path,
        List<ImageIssue> issues) {

    public ImageLocation {
        issues = List.copyOf(issues);
    }

    /** Whether a file is in the final filesystem, or only in a layer's history. */
    public enum Presence {
        VISIBLE,
        /** Removed by a whiteout, an opaque directory or a non-directory replacing an ancestor. */
        DELETED,
        /** Replaced by another entry at the same path. */
        OVERWRITTEN
    }

    /**
     * A layer of the image.
     *
     * @param index 1-based, base layer first, as {@code docker history} users count from the bottom
     * @param count how many layers the image has
     * @param digest the layer's blob digest ({@code sha256:...}), or its archive entry name when it has none
     * @param createdBy the {@code history[].created_by} command that made it, shortened and with secrets masked;
     *     {@code ""} if unknown
     */
    public record Layer(int index, int count, String digest, String createdBy) {

        /** {@code layer 2/3 sha256:0123456789ab "RUN docker login ..."}. */
        public String describe() {
            String shortDigest = digest.startsWith("sha256:") && digest.length() > 19 ? digest.substring(0, 19) : digest;
            return "layer " + index + "/" + count + " " + shortDigest
                    + (createdBy.isEmpty() ? "" : " \"" + createdBy + "\"");
        }
    }

    /** {@code added in layer 2/3 sha256:... "COPY ..."; deleted in layer 3/3 sha256:... "RUN rm ..."}. */
    public String describe() {
        if (layer == null) {
            return "image config";
        }
        String added = "added in " + layer.describe();
        return switch (presence) {
            case VISIBLE -> added;
            case DELETED -> added + "; deleted in " + hiddenBy.describe();
            case OVERWRITTEN -> added + "; overwritten in " + hiddenBy.describe();
        };
    }
}
