package dev.configunit.image;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The parts of an image config the scan uses: {@code Env}, {@code User}, {@code rootfs.diff_ids} and the
 * {@code history[].created_by} of each layer (reference/images.md §1.1).
 */
final class ImageConfig {

    /** Docker's default when an image sets no {@code PATH}. */
    static final String DEFAULT_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private final JsonNode root;

    ImageConfig(JsonNode root) {
        this.root = root;
    }

    static ImageConfig parse(byte[] bytes) throws ImageException {
        JsonNode root = ImagePlanner.json(bytes, "the image config");
        if (!root.isObject()) {
            throw new ImageException("the image config is not a JSON object");
        }
        return new ImageConfig(root);
    }

    List<String> env() {
        List<String> env = new ArrayList<>();
        for (JsonNode item : root.path("config").path("Env")) {
            if (item.isString()) {
                env.add(item.asString());
            }
        }
        return env;
    }

    /** The last value the config's {@code Env} gives the variable, or {@code null}. */
    String envValue(String name) {
        String value = null;
        for (String item : env()) {
            if (item.startsWith(name + "=")) {
                value = item.substring(name.length() + 1);
            }
        }
        return value;
    }

    String path() {
        String path = envValue("PATH");
        return path == null ? DEFAULT_PATH : path;
    }

    String user() {
        JsonNode user = root.path("config").path("User");
        return user.isString() ? user.asString() : "";
    }

    List<String> diffIds() {
        List<String> ids = new ArrayList<>();
        for (JsonNode id : root.path("rootfs").path("diff_ids")) {
            ids.add(id.isString() ? id.asString() : null);
        }
        return ids;
    }

    /** The raw {@code created_by} of each layer, in order, when the history accounts for exactly these layers. */
    List<String> createdBy(int layers) {
        List<String> commands = new ArrayList<>();
        for (JsonNode entry : root.path("history")) {
            if (!entry.path("empty_layer").asBoolean(false)) {
                JsonNode createdBy = entry.path("created_by");
                commands.add(createdBy.isString() ? createdBy.asString() : "");
            }
        }
        if (commands.size() != layers) {
            return java.util.Collections.nCopies(layers, "");
        }
        return commands;
    }
}
