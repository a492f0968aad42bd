package dev.configunit.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.DiscoveryFilter;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.EngineDiscoveryListener;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.OutputDirectoryCreator;
import org.junit.platform.engine.discovery.DiscoverySelectors;

/**
 * A discovery request whose selectors are the {@link Constants#PATHS_PROPERTY_NAME} paths (Cucumber's
 * {@code cucumber.features} pattern): what Surefire's class selectors are replaced with.
 */
final class PathsRequest implements EngineDiscoveryRequest {

    private final EngineDiscoveryRequest delegate;
    private final List<DiscoverySelector> selectors;

    private PathsRequest(EngineDiscoveryRequest delegate, List<DiscoverySelector> selectors) {
        this.delegate = delegate;
        this.selectors = selectors;
    }

    static PathsRequest of(EngineDiscoveryRequest request, List<Path> paths) {
        List<DiscoverySelector> selectors = new ArrayList<>(
                request.getSelectorsByType(org.junit.platform.engine.discovery.UniqueIdSelector.class));
        if (!selectors.isEmpty()) {
            return new PathsRequest(request, List.copyOf(selectors)); // a re-run of chosen tests
        }
        for (Path path : paths) {
            // The String overloads: the File ones throw for a path that does not exist, which would abort the
            // engine's discovery; the resolver reports a missing path as a warning instead.
            selectors.add(Files.isDirectory(path)
                    ? DiscoverySelectors.selectDirectory(path.toString())
                    : DiscoverySelectors.selectFile(path.toString()));
        }
        return new PathsRequest(request, List.copyOf(selectors));
    }

    @Override
    public <T extends DiscoverySelector> List<T> getSelectorsByType(Class<T> selectorType) {
        return selectors.stream().filter(selectorType::isInstance).map(selectorType::cast).toList();
    }

    @Override
    public <T extends DiscoveryFilter<?>> List<T> getFiltersByType(Class<T> filterType) {
        return delegate.getFiltersByType(filterType);
    }

    @Override
    public ConfigurationParameters getConfigurationParameters() {
        return delegate.getConfigurationParameters();
    }

    @Override
    public EngineDiscoveryListener getDiscoveryListener() {
        return delegate.getDiscoveryListener();
    }

    @Override
    public OutputDirectoryCreator getOutputDirectoryCreator() {
        return delegate.getOutputDirectoryCreator();
    }
}
