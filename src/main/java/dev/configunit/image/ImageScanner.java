package dev.configunit.image;

import dev.configunit.check.BuildCommand;
import dev.configunit.lint.Linter;
import dev.configunit.lint.SourceReport;
import dev.configunit.source.CredentialSource;
import dev.configunit.source.FileFacts;
import dev.configunit.source.ImageIssue;
import dev.configunit.source.ImageLocation;
import dev.configunit.source.Origin;
import dev.configunit.source.SourceKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scans one image: plans it from its manifest, reads its config, walks its layers two at a time, checks digests,
 * resolves candidates and lints them. Every problem on the way is an {@link ImageIssue} of the image's own source.
 */
final class ImageScanner {

    private final Linter linter;
    private final ImageScanOptions options;
    private final ExecutorService pool;

    ImageScanner(Linter linter, ImageScanOptions options, ExecutorService pool) {
        this.linter = linter;
        this.options = options;
        this.pool = pool;
    }

    List<SourceReport> scan(ImageReference reference) {
        String image = reference.given();
        List<ImageIssue> issues = new ArrayList<>();
        List<SourceReport> reports = new ArrayList<>();
        AtomicLong bytes = new AtomicLong();
        ProgressLine progress = new ProgressLine(options.progress(), image, bytes);
        AtomicLong budget = new AtomicLong(options.maxEntries());
        LayerWalker walker = new LayerWalker(options, budget, bytes);
        byte[] configBytes = "{}".getBytes(StandardCharsets.UTF_8);
        java.nio.file.Path file = reference.path();
        try (ImageSource source = ImageSources.open(reference, options, walker)) {
            file = source.file();
            if (source instanceof StreamedArchiveSource streamed && streamed.damage() != null) {
                issues.add(issue("truncated", image, Map.of("problem", streamed.damage())));
            }
            ImagePlan plan = source.plan();
            byte[] raw = source.config(plan);
            checkDigest(image + " config", plan.configDigest(), sha256(raw), issues);
            ImageConfig config = ImageConfig.parse(raw);
            configBytes = raw;
            List<LayerRef> layers = withDiffIds(plan.layers(), config.diffIds());
            List<String> createdBy = config.createdBy(layers.size());
            ImageLocation.Layer[] described = new ImageLocation.Layer[layers.size()];
            for (LayerRef layer : layers) {
                described[layer.index() - 1] = new ImageLocation.Layer(layer.index(), layers.size(), layer.label(),
                        BuildCommand.shortened(createdBy.get(layer.index() - 1)));
            }
            progress.layers(layers.size());
            LayerRecord[] records = walk(source, walker, layers, described, issues, progress);
            Resolver resolver = new Resolver(records);
            FinalFilesystem filesystem = new FinalFilesystem(resolver, config);
            reports.addAll(candidates(reference, file, records, resolver, filesystem, described));
            String authConfig = config.envValue("DOCKER_AUTH_CONFIG");
            if (authConfig != null && !authConfig.isBlank()) {
                CredentialSource env = new CredentialSource(file, image + "!env/DOCKER_AUTH_CONFIG",
                        SourceKind.DOCKER_AUTH_CONFIG, Origin.IMAGE,
                        new ImageLocation(image, null, ImageLocation.Presence.VISIBLE, null, "", List.of()), filesystem);
                reports.add(linter.lint(env, authConfig.getBytes(StandardCharsets.UTF_8), Optional::empty));
            }
        } catch (ImageException e) {
            issues.add(issue("", image, Map.of("problem", dev.configunit.check.Printable.of(e.getMessage()))));
        } catch (IOException e) {
            issues.add(issue("", image, Map.of("problem", LayerWalker.describe(e))));
        } finally {
            progress.finish();
        }
        CredentialSource self = new CredentialSource(file, image, SourceKind.IMAGE_CONFIG, Origin.IMAGE,
                new ImageLocation(image, null, ImageLocation.Presence.VISIBLE, null, "", issues), null);
        reports.add(0, linter.lint(self, configBytes, Optional::empty));
        return reports;
    }

    private static List<LayerRef> withDiffIds(List<LayerRef> layers, List<String> diffIds) {
        if (diffIds.size() != layers.size()) {
            return layers;
        }
        List<LayerRef> out = new ArrayList<>();
        for (LayerRef layer : layers) {
            out.add(layer.withDiffId(diffIds.get(layer.index() - 1)));
        }
        return out;
    }

    private record Outcome(LayerRecord record, String missing, String error) {
    }

    private LayerRecord[] walk(ImageSource source, LayerWalker walker, List<LayerRef> layers,
            ImageLocation.Layer[] described, List<ImageIssue> issues, ProgressLine progress) {
        List<LayerRef> order = new ArrayList<>(layers);
        order.sort(Comparator.comparingLong(LayerRef::size).reversed()); // largest first: the two threads finish together
        Map<LayerRef, Future<Outcome>> futures = new HashMap<>();
        for (LayerRef layer : order) {
            futures.put(layer, pool.submit(() -> {
                try {
                    LayerRecord pre = source.prewalked(layer);
                    if (pre != null) {
                        return new Outcome(pre, null, null);
                    }
                    try (InputStream in = source.openLayer(layer)) {
                        return new Outcome(walker.walk(in), null, null);
                    }
                } catch (NoSuchFileException e) {
                    return new Outcome(null, layer.blob(), null);
                } catch (IOException | RuntimeException e) {
                    return new Outcome(null, null, LayerWalker.describe(e));
                } finally {
                    progress.layerDone();
                }
            }));
        }
        LayerRecord[] records = new LayerRecord[layers.size()];
        for (LayerRef layer : layers) {
            String where = described[layer.index() - 1].describe();
            Outcome outcome;
            try {
                outcome = futures.get(layer).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                outcome = new Outcome(null, null, "interrupted");
            } catch (ExecutionException e) {
                outcome = new Outcome(null, null, LayerWalker.describe(e.getCause()));
            }
            if (outcome.missing() != null) {
                issues.add(issue("missing-blob", where, Map.of("blob", dev.configunit.check.Printable.of(outcome.missing()))));
                continue;
            }
            if (outcome.error() != null) {
                issues.add(issue("", where, Map.of("problem", outcome.error())));
                continue;
            }
            LayerRecord record = outcome.record();
            records[layer.index() - 1] = record;
            for (LayerRecord.Problem problem : record.problems()) {
                String count = problem.more() > 0 ? " (" + (problem.more() + 1) + " entries like this one)" : "";
                issues.add(issue(problem.variant(), where + count, problem.args()));
            }
            String expected = layer.digest() != null ? layer.digest()
                    : record.compression == LayerRecord.Compression.NONE ? layer.diffId() : null;
            checkDigest(where, expected, record.digest, issues);
        }
        return records;
    }

    private List<SourceReport> candidates(ImageReference reference, java.nio.file.Path file, LayerRecord[] records,
            Resolver resolver, FinalFilesystem filesystem, ImageLocation.Layer[] described) {
        String image = reference.given();
        List<SourceReport> reports = new ArrayList<>();
        for (int i = 0; i < records.length; i++) {
            if (records[i] == null) {
                continue;
            }
            for (Candidate candidate : records[i].candidates.values()) {
                if (candidate.content() == null) {
                    continue; // a symbolic link: its target, if a credential file, is a candidate of its own
                }
                Resolver.Hidden hidden = resolver.hiddenBy(i, candidate.path());
                ImageLocation.Presence presence = hidden == null ? ImageLocation.Presence.VISIBLE
                        : hidden.deleted() ? ImageLocation.Presence.DELETED : ImageLocation.Presence.OVERWRITTEN;
                ImageLocation location = new ImageLocation(image, described[i], presence,
                        hidden == null ? null : described[hidden.layer()], candidate.path(), List.of());
                boolean usesHelpers = presence == ImageLocation.Presence.VISIBLE
                        && candidate.kind() == SourceKind.DOCKER_CONFIG;
                CredentialSource source = new CredentialSource(file, image + "!" + candidate.path(), candidate.kind(),
                        Origin.IMAGE, location, usesHelpers ? filesystem : null);
                FileFacts facts = filesystem.facts(candidate, i, hidden);
                reports.add(linter.lint(source, candidate.content(), () -> Optional.of(facts)));
            }
        }
        return reports;
    }

    private static void checkDigest(String where, String expected, String actual, List<ImageIssue> issues) {
        if (BlobNames.isSha256(expected) && !expected.equals(actual)) {
            issues.add(issue("digest-mismatch", where, Map.of("expected", expected, "actual", actual)));
        }
    }

    static ImageIssue issue(String variant, String where, Map<String, String> args) {
        Map<String, String> all = new HashMap<>(args);
        all.put("where", where);
        return new ImageIssue(variant, all);
    }

    static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
