package dev.configunit.check;

import dev.configunit.parse.ParsedJson;
import dev.configunit.source.CredentialSource;
import dev.configunit.source.FileFacts;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a check may look at: the source, its parsed document read the way Go reads it, and its file facts.
 */
public final class CheckContext {

    private final CredentialSource source;
    private final ParsedJson document;
    private final DockerConfigView config;
    private final Supplier<Optional<FileFacts>> facts;
    private final LoginState logins;

    public CheckContext(CredentialSource source, ParsedJson document, Supplier<Optional<FileFacts>> facts) {
        this(source, document, facts, null);
    }

    /**
     * @param logins what {@code docker login} left in the environment, or {@code null} outside environment scans
     */
    public CheckContext(CredentialSource source, ParsedJson document, Supplier<Optional<FileFacts>> facts,
            LoginState logins) {
        this.source = source;
        this.document = document;
        this.config = new DockerConfigView(document.root(), source.kind() == dev.configunit.source.SourceKind.DOCKERCFG);
        this.facts = facts;
        this.logins = logins;
    }

    /** The environment's login state, in environment scans. */
    public Optional<LoginState> logins() {
        return Optional.ofNullable(logins);
    }

    public CredentialSource source() {
        return source;
    }

    public ParsedJson document() {
        return document;
    }

    /** The document seen through Go's field matching. */
    public DockerConfigView config() {
        return config;
    }

    /** Mode and ownership, where the source is a file whose facts can be known. */
    public Optional<FileFacts> facts() {
        return facts.get();
    }
}
