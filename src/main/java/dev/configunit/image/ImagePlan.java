package dev.configunit.image;

import java.util.List;

/**
 * What a manifest says an image is made of: its config blob and its layers, in order.
 *
 * @param config the config blob's name (or digest, for a registry)
 * @param configDigest the digest the config must have, or {@code null} when nothing states one
 * @param layers the layers, base first
 */
record ImagePlan(String config, String configDigest, List<LayerRef> layers) {

    ImagePlan {
        layers = List.copyOf(layers);
    }
}
