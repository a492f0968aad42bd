package dev.configunit.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report schemas in {@code ../shared/schemas} (read in place, never copied): the OASIS SARIF 2.1.0 schema,
 * the one GitHub's upload action checks, and the Jenkins xunit JUnit XSD. Tests that need them are skipped
 * when the directory is absent.
 */
public final class SharedSchemas {

    public static final Path DIRECTORY = Path.of("..", "shared", "schemas");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SharedSchemas() {
    }

    /** Skips the calling test unless the schemas are beside the project. */
    public static void assumePresent() {
        assumeTrue(Files.isRegularFile(DIRECTORY.resolve("sarif-schema-2.1.0.json")),
                "../shared/schemas is beside the project");
    }

    /** The violations of the OASIS errata01 schema (draft-04), then of codeql-action's (2020-12). */
    public static List<String> sarifViolations(String sarif) {
        assumePresent();
        JsonNode document = JSON.readTree(sarif);
        List<String> violations = new ArrayList<>();
        violations.addAll(violations(Holder.OASIS, document, "OASIS"));
        violations.addAll(violations(Holder.CODEQL, document, "codeql-action"));
        return violations;
    }

    /**
     * The violations of the Jenkins xunit {@code junit-10.xsd}, then of the same schema extended with the
     * {@code file} and {@code line} attributes GitLab and GitHub reporters read on {@code testcase}.
     */
    public static List<String> junitViolations(String xml) {
        assumePresent();
        List<String> violations = new ArrayList<>();
        violations.addAll(junitViolations(Holder.JUNIT, xml, "junit-10"));
        violations.addAll(junitViolations(Holder.JUNIT_GITLAB, xml, "junit-10 + file/line"));
        return violations;
    }

    private static List<String> junitViolations(javax.xml.validation.Schema schema, String xml, String name) {
        List<String> violations = new ArrayList<>();
        try {
            Validator validator = schema.newValidator();
            validator.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(org.xml.sax.SAXParseException e) {
                    violations.add(name + " " + e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
                }

                @Override
                public void fatalError(org.xml.sax.SAXParseException e) {
                    error(e);
                }
            });
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException | IOException e) {
            violations.add(e.getMessage());
        }
        return violations;
    }

    private static List<String> violations(Schema schema, JsonNode document, String name) {
        List<Error> errors = schema.validate(document,
                context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(e -> name + ": " + e.getInstanceLocation() + " " + e.getMessage()).toList();
    }

    /** Loaded on first use, so that a missing directory only skips. */
    private static final class Holder {
        static final Schema OASIS = json(read("sarif-schema-2.1.0.json"), SpecificationVersion.DRAFT_4);
        static final Schema CODEQL = json(codeqlAction(), SpecificationVersion.DRAFT_2020_12);
        static final javax.xml.validation.Schema JUNIT = xsd(read("junit-10.jenkins-xunit.xsd"));
        static final javax.xml.validation.Schema JUNIT_GITLAB = xsd(withFileAndLine(read("junit-10.jenkins-xunit.xsd")));

        private static Schema json(String text, SpecificationVersion version) {
            Schema schema = SchemaRegistry.withDefaultDialect(version).getSchema(text);
            schema.initializeValidators();
            return schema;
        }

        /**
         * codeql-action's schema nests the region's {@code anyOf} inside {@code properties}, where it would be a
         * property's schema and is not a valid one (a strict validator refuses the schema). Its intent, and the
         * OASIS text, is a region-level {@code anyOf}; the copy in memory says so.
         */
        private static String codeqlAction() {
            tools.jackson.databind.node.ObjectNode schema =
                    (tools.jackson.databind.node.ObjectNode) JSON.readTree(read("sarif-schema-2.1.0.codeql-action.json"));
            tools.jackson.databind.node.ObjectNode region = (tools.jackson.databind.node.ObjectNode) schema
                    .get(schema.has("$defs") ? "$defs" : "definitions").get("region");
            JsonNode anyOf = ((tools.jackson.databind.node.ObjectNode) region.get("properties")).remove("anyOf");
            if (anyOf != null && !region.has("anyOf")) {
                region.set("anyOf", anyOf);
            }
            return JSON.writeValueAsString(schema);
        }

        private static String read(String file) {
            try {
                return Files.readString(DIRECTORY.resolve(file), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** junit-10 with optional {@code file} and {@code line} on {@code testcase}, what GitLab reads. */
        private static String withFileAndLine(String xsd) {
            String anchor = "<xs:attribute name=\"group\" type=\"xs:string\"/>";
            int testcase = xsd.indexOf("<xs:element name=\"testcase\">");
            int at = xsd.indexOf(anchor, testcase);
            if (testcase < 0 || at < 0) {
                throw new IllegalStateException("junit-10.jenkins-xunit.xsd changed: no testcase group attribute");
            }
            return xsd.substring(0, at) + "<xs:attribute name=\"file\" type=\"xs:string\"/>"
                    + "<xs:attribute name=\"line\" type=\"xs:integer\"/>" + xsd.substring(at);
        }

        private static javax.xml.validation.Schema xsd(String text) {
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                return factory.newSchema(new StreamSource(new StringReader(text)));
            } catch (SAXException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
