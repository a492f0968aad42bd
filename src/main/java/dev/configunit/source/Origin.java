package dev.configunit.source;

/**
 * Where a credential source was found; an inline secret is worse in a repository or an image than in a home.
 */
public enum Origin {
    /** A file in a scanned directory tree: committed or about to be. */
    REPOSITORY,
    /** A file or variable the running environment's clients read. */
    ENVIRONMENT,
    /** A file or value inside a container image. */
    IMAGE
}
