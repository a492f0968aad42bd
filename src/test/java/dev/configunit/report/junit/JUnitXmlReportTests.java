package dev.configunit.report.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.configunit.lint.RuleOutcome;
import dev.configunit.lint.ScanResult;
import dev.configunit.lint.SourceReport;
import dev.configunit.report.Scans;
import dev.configunit.report.SharedSchemas;
import dev.configunit.rule.Rule;
import dev.configunit.rule.RuleFileLoader;
import dev.configunit.source.SourceKind;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The JUnit XML report: the JUnit Platform's own legacy XML of the engine run over the scan, readable in GitLab,
 * Jenkins and GitHub test reporters, and the same bytes for the same tree.
 */
class JUnitXmlReportTests {

    private static final String HUB_KEY = "{\n  \"auths\": {\n    \"docker.io\": {}\n  },\n  \"credsStore\": \"pass\"\n}\n";

    @TempDir
    Path tree;

    @Test
    void theReportValidatesAgainstTheJenkinsJunitSchema() throws Exception {
        Scans.write(tree, "a/.docker/config.json", HUB_KEY);
        Scans.write(tree, "broken/.docker/config.json", "{\"auths\": {},}");

        String xml = write(Scans.scan(tree), "error");

        assertThat(SharedSchemas.junitViolations(xml)).isEmpty();
    }

    @Test
    void theSamplesReportValidatesAndNamesEveryTestOnce() throws Exception {
        String xml = write(Scans.scan(Path.of("samples")), "error");

        assertThat(SharedSchemas.junitViolations(xml)).isEmpty();
        List<Element> cases = testcases(xml);
        assertThat(cases).extracting(c -> c.getAttribute("classname") + " " + c.getAttribute("name"))
                .doesNotHaveDuplicates()
                .contains("bad-hub-key/.docker/config.json docker/hub-key: Docker Hub must be keyed exactly "
                        + "https://index.docker.io/v1/");
    }

    @Test
    void eachSourceIsAClassNameAndEachRuleATestNamedByIdAndSummary() throws Exception {
        Scans.write(tree, "deploy/.docker/config.json", HUB_KEY);

        List<Element> cases = testcases(write(Scans.scan(tree), "error"));

        List<String> expected = new ArrayList<>();
        for (Rule rule : RuleFileLoader.builtIn().rules()) {
            if (rule.appliesTo(SourceKind.DOCKER_CONFIG)) {
                expected.add(rule.id() + ": " + rule.summary());
            }
        }
        assertThat(cases).extracting(c -> c.getAttribute("classname")).containsOnly("deploy/.docker/config.json");
        assertThat(cases).extracting(c -> c.getAttribute("name")).containsExactlyElementsOf(expected);
    }

    @Test
    void aFindingFailsItsRuleAndPassingRulesArePassingTests() throws Exception {
        Scans.write(tree, ".docker/config.json", HUB_KEY);

        List<Element> cases = testcases(write(Scans.scan(tree), "error"));

        Element hubKey = named(cases, "docker/hub-key");
        assertThat(child(hubKey, "failure").getAttribute("message"))
                .startsWith(".docker/config.json:3:5: error docker/hub-key Docker Hub credentials keyed \"docker.io\"");
        assertThat(child(hubKey, "failure").getAttribute("type")).isEqualTo("org.opentest4j.AssertionFailedError");
        Element schema = named(cases, "docker/schema");
        assertThat(child(schema, "failure")).isNull();
        assertThat(child(schema, "skipped")).isNull();
        assertThat(child(schema, "error")).isNull();
    }

    @Test
    void anInapplicableRuleIsSkippedWithItsReason() throws Exception {
        Scans.write(tree, ".docker/config.json", "{\"auths\": {},}");

        List<Element> cases = testcases(write(Scans.scan(tree), "error"));

        assertThat(child(named(cases, "docker/json-syntax"), "failure")).isNotNull();
        assertThat(child(named(cases, "docker/hub-key"), "skipped").getTextContent())
                .isEqualTo("the file is not valid JSON");
    }

    @Test
    void aBrokenCheckIsAnError() throws Exception {
        Scans.write(tree, ".docker/config.json", "{}");
        SourceReport linted = Scans.scan(tree).reports().get(0);
        List<RuleOutcome> outcomes = new ArrayList<>(linted.outcomes());
        outcomes.set(0, new RuleOutcome(outcomes.get(0).rule(), RuleOutcome.Status.BROKEN, List.of(),
                "check failed with java.lang.IllegalStateException", List.of()));

        String xml = write(new ScanResult(List.of(new SourceReport(linted.source(), outcomes)), List.of()), "error");

        assertThat(child(testcases(xml).get(0), "error").getAttribute("message"))
                .isEqualTo("check failed with java.lang.IllegalStateException");
    }

    @Test
    void theFailOnLevelDecidesWhichFindingsFail() throws Exception {
        Scans.write(tree, ".docker/config.json",
                "{\"auths\": {\"https://registry.example.com/v2/\": {}}, \"credsStore\": \"pass\"}");

        assertThat(child(named(testcases(write(Scans.scan(tree), "error")), "docker/registry-key"), "failure")).isNull();
        assertThat(child(named(testcases(write(Scans.scan(tree), "warning")), "docker/registry-key"), "failure"))
                .isNotNull();
    }

    @Test
    void classAndNamePairsAreUniqueAndEachTestHasAtMostOneOutcome() throws Exception {
        Scans.write(tree, "a/.docker/config.json", HUB_KEY);
        Scans.write(tree, "b/.docker/config.json", "{\"auths\": {},}");
        Scans.write(tree, "c/containers/auth.json", "{\"auths\": {\"quay.io\": {\"auth\": \"%%%\"}}}");

        List<Element> cases = testcases(write(Scans.scan(tree), "error"));

        Set<String> pairs = new HashSet<>();
        for (Element testcase : cases) {
            assertThat(pairs.add(testcase.getAttribute("classname") + "\u0000" + testcase.getAttribute("name")))
                    .as("unique %s %s", testcase.getAttribute("classname"), testcase.getAttribute("name")).isTrue();
            long outcomes = List.of("failure", "error", "skipped").stream().filter(n -> child(testcase, n) != null).count();
            assertThat(outcomes).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void theSameTreeGivesTheSameBytesWithNoTimeHostOrSystemProperty() throws Exception {
        Scans.write(tree, "a/.docker/config.json", HUB_KEY);
        Scans.write(tree, "b/.docker/config.json",
                "{\"auths\": {\"https://registry.example.com/v2/\": {}}, \"credsStore\": \"pass\"}");
        System.setProperty("configunit.test.canary", "sp-canary-41f7");
        try {
            String first = write(Scans.scan(tree), "error");
            Thread.sleep(5);
            String second = write(Scans.scan(tree), "error");

            assertThat(second).isEqualTo(first);
            assertThat(first).doesNotContain("sp-canary-41f7").doesNotContain("<properties")
                    .doesNotContain("java.version").contains("timestamp=\"1970-01-01T00:00:00\"")
                    .contains("hostname=\"localhost\"").doesNotContain("(timestamp:");
            assertThat(testcases(first)).allSatisfy(c -> assertThat(c.getAttribute("time")).isEqualTo("0"));
        } finally {
            System.clearProperty("configunit.test.canary");
        }
    }

    @Test
    void noAbsolutePathOfTheMachineIsInTheReport() throws Exception {
        Scans.write(tree, "a/.docker/config.json", HUB_KEY);

        String xml = write(Scans.scan(tree), "error");

        // The temporary directory's unique name stands for the machine path, raw or inside an encoded URI.
        assertThat(xml).contains("docker/hub-key").doesNotContain(tree.getFileName().toString())
                .doesNotContain("unique-id:");
    }

    @Test
    void theFilesAreNotReadAgain() throws Exception {
        Path file = Scans.write(tree, ".docker/config.json", HUB_KEY);
        ScanResult linted = Scans.scan(tree);
        Files.delete(file);

        List<Element> cases = testcases(write(linted, "error"));

        assertThat(child(named(cases, "docker/hub-key"), "failure")).isNotNull();
    }

    private String write(ScanResult result, String failOn) throws Exception {
        Path file = tree.resolve("reports/TEST-configunit.xml");
        JUnitXmlReport.write(result.reports(), failOn, file);
        return Files.readString(file);
    }

    static List<Element> testcases(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        NodeList nodes = document.getElementsByTagName("testcase");
        List<Element> cases = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            cases.add((Element) nodes.item(i));
        }
        return cases;
    }

    private static Element named(List<Element> cases, String ruleId) {
        return cases.stream().filter(c -> c.getAttribute("name").startsWith(ruleId + ": ")).findFirst().orElseThrow();
    }

    private static Element child(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagName(name);
        return nodes.getLength() == 0 ? null : (Element) nodes.item(0);
    }
}
