package dev.configunit.check;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The check functions rule files can name, by name.
 */
public final class CheckCatalogue {

    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static final Map<String, Function<CheckSpec, Check>> FUNCTIONS = Map.ofEntries(
            // Generic check functions, for rules written without Java (docs/writing-rules.md).
            Map.entry("schema", CheckCatalogue::schema),
            Map.entry("pattern", PatternCheck::from),
            Map.entry("required", RequiredCheck::from),
            Map.entry("forbidden", ForbiddenCheck::from),
            Map.entry("enum", EnumCheck::from),
            Map.entry("type", TypeCheck::from),
            // Docker-specific check functions, one class each.
            Map.entry("json-syntax", spec -> new JsonSyntaxCheck()),
            Map.entry("hub-key", spec -> new HubKeyCheck()),
            Map.entry("registry-key", spec -> new RegistryKeyCheck()),
            Map.entry("auth-base64", spec -> new AuthBase64Check()),
            Map.entry("auth-format", spec -> new AuthFormatCheck()),
            Map.entry("auth-whitespace", spec -> new AuthWhitespaceCheck()),
            Map.entry("inline-credentials", spec -> new InlineCredentialsCheck()),
            Map.entry("permissions", spec -> new FilePermissionsCheck()),
            Map.entry("unknown-key", spec -> new UnknownKeyCheck()),
            Map.entry("namespace-key", spec -> new NamespaceKeyCheck()),
            Map.entry("duplicate-registry", spec -> new DuplicateRegistryCheck()),
            Map.entry("auth-conflict", spec -> new AuthConflictCheck()),
            Map.entry("plaintext-password", spec -> new PlaintextPasswordCheck()),
            Map.entry("store-shadows-auth", spec -> new StoreShadowsAuthCheck()),
            Map.entry("legacy-field", spec -> new LegacyFieldCheck()),
            Map.entry("empty-entry", spec -> new EmptyEntryCheck()),
            Map.entry("auth-config-env", spec -> new AuthConfigEnvCheck()),
            // Image and environment scans.
            Map.entry("helper-missing", spec -> new HelperMissingCheck()),
            Map.entry("env-shadows-login", spec -> new EnvShadowsLoginCheck()),
            Map.entry("secret-in-image-history", spec -> new SecretInImageHistoryCheck()),
            Map.entry("image-integrity", spec -> new ImageIntegrityCheck()));

    private CheckCatalogue() {
    }

    /** The names of all check functions. */
    public static Set<String> names() {
        return new TreeSet<>(FUNCTIONS.keySet());
    }

    /**
     * Creates the named check.
     *
     * @throws IllegalArgumentException if there is no such check or its options are wrong; the message says why
     */
    public static Check create(String name, CheckSpec spec) {
        Function<CheckSpec, Check> factory = FUNCTIONS.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("unknown check function \"" + name + "\" (known: "
                    + String.join(", ", names()) + ")");
        }
        return factory.apply(spec);
    }

    private static Check schema(CheckSpec spec) {
        var schemaOption = spec.with().get("schema");
        if (schemaOption == null || !schemaOption.isString()) {
            throw new IllegalArgumentException("check \"schema\" needs the option with.schema: a schema file path");
        }
        String text;
        try {
            text = spec.resources().read(schemaOption.asString());
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read schema \"" + schemaOption.asString() + "\": "
                    + e.getMessage());
        }
        Schema schema;
        try {
            schema = SCHEMAS.getSchema(text);
            schema.initializeValidators();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid JSON Schema \"" + schemaOption.asString() + "\": "
                    + e.getMessage());
        }
        return new SchemaCheck(schema, GenericChecks.given(spec));
    }
}
