package dev.configunit.image;

import dev.configunit.parse.GoJsonReader;
import dev.configunit.parse.JsonSyntaxException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Finds the image in an archive or layout: {@code manifest.json} for {@code docker save} and {@code crane save}
 * tars (reference/images.md §1.2: the OCI manifest Docker 25 writes beside it may list no layers), else
 * {@code index.json}, through nested indexes, choosing the platform and skipping attestations (§1.1, §6.1).
 */
final class ImagePlanner {

    /** The small metadata files of an image, by name. */
    interface Files {
        /** The file's bytes, or {@code null} if there is none by that name. */
        byte[] read(String name) throws IOException;

        /** The size of a blob, -1 if absent. */
        long size(String name);
    }

    static final String OCI_INDEX = "application/vnd.oci.image.index.v1+json";
    static final String DOCKER_LIST = "application/vnd.docker.distribution.manifest.list.v2+json";
    private static final int MAX_NESTING = 4;

    private final Files files;
    private final Platform platform;

    ImagePlanner(Files files, Platform platform) {
        this.files = files;
        this.platform = platform;
    }

    /** Plans from {@code manifest.json} if there is one (unless OCI is preferred and there is an index). */
    ImagePlan plan(boolean preferOci) throws ImageException {
        byte[] dockerManifest = read("manifest.json");
        byte[] index = read("index.json");
        if (dockerManifest != null && (!preferOci || index == null)) {
            return fromDockerManifest(json(dockerManifest, "manifest.json"));
        }
        if (index != null) {
            return fromOciIndex(json(index, "index.json"));
        }
        throw new ImageException("neither manifest.json (docker save) nor index.json (OCI layout) found: not an image "
                + "archive or layout");
    }

    private byte[] read(String name) throws ImageException {
        try {
            return files.read(name);
        } catch (IOException e) {
            throw new ImageException("\"" + name + "\" cannot be read: " + e.getMessage(), e);
        }
    }

    static JsonNode json(byte[] bytes, String name) throws ImageException {
        try {
            return GoJsonReader.read(bytes).root();
        } catch (JsonSyntaxException e) {
            throw new ImageException("\"" + name + "\" is not valid JSON (" + e.getMessage() + ")", e);
        }
    }

    private ImagePlan fromDockerManifest(JsonNode manifest) throws ImageException {
        if (!manifest.isArray() || manifest.isEmpty() || !manifest.get(0).isObject()) {
            throw new ImageException("manifest.json lists no image");
        }
        JsonNode image = manifest.get(0);
        String config = text(image.path("Config"));
        if (config == null || BlobNames.normalise(config) == null) {
            throw new ImageException("manifest.json names no usable Config");
        }
        List<LayerRef> layers = new ArrayList<>();
        JsonNode names = image.path("Layers");
        for (int i = 0; i < names.size(); i++) {
            String name = text(names.get(i));
            if (name == null) {
                throw new ImageException("manifest.json: Layers[" + i + "] is not a string");
            }
            String normalised = BlobNames.normalise(name);
            String blob = normalised == null ? name : normalised;
            layers.add(new LayerRef(i + 1, blob, BlobNames.impliedDigest(blob).orElse(null), null, files.size(blob)));
        }
        String configName = BlobNames.normalise(config);
        return new ImagePlan(configName, BlobNames.impliedDigest(configName).orElse(null), layers);
    }

    private ImagePlan fromOciIndex(JsonNode index) throws ImageException {
        JsonNode manifest = null;
        JsonNode current = index;
        for (int depth = 0; depth < MAX_NESTING && manifest == null; depth++) {
            JsonNode chosen = choose(current.path("manifests"));
            String name = BlobNames.ofDigest(text(chosen.path("digest")));
            byte[] bytes = read(name);
            JsonNode node = json(bytes, name);
            String type = text(node.path("mediaType"));
            type = type == null ? text(chosen.path("mediaType")) : type;
            if (OCI_INDEX.equals(type) || DOCKER_LIST.equals(type) || node.has("manifests")) {
                current = node;
            } else {
                manifest = node;
            }
        }
        if (manifest == null) {
            throw new ImageException("index.json nests image indexes deeper than " + MAX_NESTING);
        }
        return fromManifest(manifest);
    }

    /** The image of an OCI or Docker v2 manifest; {@code blob} names are layout paths. */
    static ImagePlan fromManifest(JsonNode manifest) throws ImageException {
        String configDigest = text(manifest.path("config").path("digest"));
        if (configDigest == null || BlobNames.ofDigest(configDigest) == null) {
            throw new ImageException("the manifest has no config digest (schema 1 manifests are not supported)");
        }
        String configType = text(manifest.path("config").path("mediaType"));
        if (configType != null && !configType.contains("image.config") && !configType.contains("container.image")) {
            throw new ImageException("the manifest is an OCI artifact (config media type " + configType
                    + "), not an image");
        }
        List<LayerRef> layers = new ArrayList<>();
        JsonNode descriptors = manifest.path("layers");
        for (int i = 0; i < descriptors.size(); i++) {
            String digest = text(descriptors.get(i).path("digest"));
            String name = digest == null ? null : BlobNames.ofDigest(digest);
            if (name == null) {
                throw new ImageException("the manifest's layers[" + i + "] has no usable digest");
            }
            layers.add(new LayerRef(i + 1, name, digest, null, descriptors.get(i).path("size").asLong(-1)));
        }
        return new ImagePlan(BlobNames.ofDigest(configDigest), configDigest, layers);
    }

    private JsonNode choose(JsonNode manifests) throws ImageException {
        return choose(manifests, platform, name -> files.size(name) >= 0);
    }

    /** The descriptor to follow: the preferred platform whose blob is present, never an attestation. */
    static JsonNode choose(JsonNode manifests, Platform platform, java.util.function.Predicate<String> present)
            throws ImageException {
        List<JsonNode> images = new ArrayList<>();
        for (JsonNode descriptor : manifests) {
            if (!isAttestation(descriptor) && BlobNames.ofDigest(String.valueOf(text(descriptor.path("digest")))) != null) {
                images.add(descriptor);
            }
        }
        if (images.isEmpty()) {
            throw new ImageException("the image index lists no image manifest");
        }
        images.sort(Comparator.comparingInt(platform::rank));
        for (JsonNode descriptor : images) {
            if (present.test(BlobNames.ofDigest(text(descriptor.path("digest"))))) {
                return descriptor;
            }
        }
        throw new ImageException("the image index's manifests are all missing from the archive (blob "
                + text(images.get(0).path("digest")) + ")");
    }

    static boolean isAttestation(JsonNode descriptor) {
        String type = text(descriptor.path("annotations").path("vnd.docker.reference.type"));
        JsonNode p = descriptor.path("platform");
        return "attestation-manifest".equals(type)
                || ("unknown".equals(text(p.path("os"))) && "unknown".equals(text(p.path("architecture"))));
    }

    static String text(JsonNode node) {
        return node != null && node.isString() ? node.asString() : null;
    }
}
