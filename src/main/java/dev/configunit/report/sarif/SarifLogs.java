package dev.configunit.report.sarif;

import com.contrastsecurity.sarif.Artifact;
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.Notification;
import com.contrastsecurity.sarif.OriginalUriBaseIds;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.ReportingDescriptorReference;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Role;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.RunAutomationDetails;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import dev.configunit.finding.Finding;
import dev.configunit.finding.Level;
import dev.configunit.report.ArtifactPath;
import dev.configunit.report.Notice;
import dev.configunit.report.ReportedFinding;
import dev.configunit.report.ReportedScan;
import dev.configunit.rule.Rule;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the SARIF object model of one scan (report-formats.md §0 and reports.md).
 */
final class SarifLogs {

    /** The final OASIS schema; the multitool (SARIF1011, GH1013) wants {@code $schema} to name it. */
    static final URI SCHEMA = URI.create(
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json");
    static final String SRCROOT = "%SRCROOT%";
    /** Our own fingerprint beside GitHub's: the finding's identity as the linter computed it. */
    static final String FINDING_FINGERPRINT = "configunitFinding/v1";

    private SarifLogs() {
    }

    static SarifSchema210 of(ReportedScan scan, String scanKind) {
        Map<String, Integer> ruleIndex = new HashMap<>();
        Set<ReportingDescriptor> rules = new LinkedHashSet<>(); // insertion order is ruleIndex
        for (Rule rule : scan.rules()) {
            ruleIndex.put(rule.id(), rules.size());
            rules.add(RuleDescriptors.of(rule));
        }
        Artifacts artifacts = new Artifacts();
        boolean suppressions = scan.anySuppressed();
        List<Result> results = new ArrayList<>();
        for (ReportedFinding finding : scan.findings()) {
            results.add(result(finding, ruleIndex.get(finding.rule().id()), artifacts, suppressions));
        }
        List<Notification> notifications = new ArrayList<>();
        for (Notice notice : scan.notices()) {
            notifications.add(notification(notice, ruleIndex));
        }
        List<Notification> configuration = new ArrayList<>();
        for (Notice notice : scan.configurationNotices()) {
            configuration.add(notification(notice, ruleIndex));
        }
        Run run = new Run()
                .withTool(new Tool().withDriver(new ToolComponent()
                        .withName(dev.configunit.report.Tool.NAME)
                        .withSemanticVersion(dev.configunit.report.Tool.version())
                        .withInformationUri(URI.create(dev.configunit.report.Tool.INFORMATION_URI))
                        .withRules(rules)))
                .withAutomationDetails(new RunAutomationDetails().withId("configunit/" + scanKind + "/"))
                .withInvocations(List.of(invocation(notifications, configuration)))
                .withOriginalUriBaseIds(new OriginalUriBaseIds().withAdditionalProperty(SRCROOT,
                        new ArtifactLocation().withDescription(new Message().withText(
                                "The working directory of the scan: the repository root in CI."))))
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS)
                .withResults(results);
        if (!artifacts.isEmpty()) {
            run.setArtifacts(artifacts.all());
        }
        return new SarifSchema210()
                .with$schema(SCHEMA)
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
    }

    private static Invocation invocation(List<Notification> execution, List<Notification> configuration) {
        Invocation invocation = new Invocation()
                .withExecutionSuccessful(true)
                .withToolExecutionNotifications(execution);
        if (!configuration.isEmpty()) {
            invocation.setToolConfigurationNotifications(configuration);
        }
        return invocation;
    }

    private static Result result(ReportedFinding reported, int ruleIndex, Artifacts artifacts, boolean suppressions) {
        Finding finding = reported.finding();
        Result result = new Result()
                .withRuleId(finding.ruleId())
                .withRuleIndex(ruleIndex)
                .withLevel(level(finding.level()))
                .withMessage(new Message().withText(HelpText.sentence(finding.message())))
                .withLocations(List.of(new Location().withPhysicalLocation(new PhysicalLocation()
                        .withArtifactLocation(artifacts.locate(reported.artifact()))
                        .withRegion(region(finding.region())))))
                .withPartialFingerprints(new PartialFingerprints()
                        .withAdditionalProperty("primaryLocationLineHash", reported.key())
                        .withAdditionalProperty(FINDING_FINGERPRINT, finding.fingerprint()));
        if (suppressions) {
            Set<Suppression> list = new LinkedHashSet<>();
            reported.suppression().ifPresent(justification -> list.add(new Suppression()
                    .withKind(Suppression.Kind.EXTERNAL)
                    .withStatus(Suppression.Status.ACCEPTED)
                    .withJustification(justification)));
            result.setSuppressions(list);
        }
        return result;
    }

    /** 1-based lines and columns, the end exclusive; a point (a whole file, a syntax error) stays empty. */
    private static Region region(dev.configunit.parse.Region region) {
        return new Region()
                .withStartLine(region.start().line())
                .withStartColumn(region.start().column())
                .withEndLine(region.end().line())
                .withEndColumn(region.end().column());
    }

    private static Notification notification(Notice notice, Map<String, Integer> ruleIndex) {
        Notification notification = new Notification()
                .withLevel(notice.level() == Level.ERROR ? Notification.Level.ERROR : Notification.Level.WARNING)
                .withMessage(new Message().withText(HelpText.sentence(notice.message())));
        notice.rule().ifPresent(rule -> notification.setAssociatedRule(new ReportingDescriptorReference()
                .withId(rule.id())
                .withIndex(ruleIndex.get(rule.id()))));
        return notification;
    }

    static Result.Level level(Level level) {
        return switch (level) {
            case ERROR -> Result.Level.ERROR;
            case WARNING -> Result.Level.WARNING;
            case NOTE -> Result.Level.NOTE;
        };
    }

    /**
     * The run's {@code artifacts}, needed only for files inside images: the image is a top-level artifact and
     * the file a nested one ({@code parentIndex}), so no temporary extraction path is ever shown.
     */
    private static final class Artifacts {
        private final Map<String, Integer> index = new LinkedHashMap<>();
        private final List<Artifact> list = new ArrayList<>();

        ArtifactLocation locate(ArtifactPath path) {
            if (!path.nested()) {
                return new ArtifactLocation().withUri(path.uri()).withUriBaseId(SRCROOT);
            }
            int parent = add(path.uri(), -1, path.uri());
            int nested = add(path.uri() + "!" + path.nestedUri(), parent, path.nestedUri());
            return new ArtifactLocation().withUri(path.nestedUri()).withIndex(nested);
        }

        private int add(String key, int parent, String uri) {
            Integer existing = index.get(key);
            if (existing != null) {
                return existing;
            }
            Artifact artifact = new Artifact();
            artifact.setRoles(Set.of(Role.ANALYSIS_TARGET));
            if (parent < 0) {
                artifact.setLocation(new ArtifactLocation().withUri(uri).withUriBaseId(SRCROOT));
            } else {
                artifact.setLocation(new ArtifactLocation().withUri(uri));
                artifact.setParentIndex(parent);
                artifact.setMimeType("application/json");
            }
            index.put(key, list.size());
            list.add(artifact);
            return list.size() - 1;
        }

        boolean isEmpty() {
            return list.isEmpty();
        }

        Set<Artifact> all() {
            return new LinkedHashSet<>(list);
        }
    }
}
