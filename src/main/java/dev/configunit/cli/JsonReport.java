package dev.configunit.cli;

import dev.configunit.finding.Finding;
import dev.configunit.lint.ScanResult;
import dev.configunit.lint.SuppressedFinding;
import dev.configunit.lint.Suppression;
import dev.configunit.source.InputProblem;
import java.io.PrintWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The machine-readable output of product.md: {@code {"findings": [...], "sources": N, "errors": [...]}}.
 */
final class JsonReport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    void write(ScanResult result, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            write(findings.addObject(), f);
        }
        root.put("sources", result.reports().size());
        ArrayNode errors = root.putArray("errors");
        for (InputProblem problem : result.problems()) {
            errors.addObject().put("path", problem.path()).put("message", problem.message());
        }
        ArrayNode suppressed = root.putArray("suppressed");
        for (SuppressedFinding s : result.suppressed()) {
            write(suppressed.addObject(), s.finding()).put("justification", s.justification());
        }
        ArrayNode stale = root.putArray("staleSuppressions");
        for (Suppression s : result.staleSuppressions()) {
            stale.addObject().put("file", s.file()).put("line", s.position().line())
                    .put("column", s.position().column()).put("rule", s.rule()).put("path", s.path());
        }
        out.println(JSON.writeValueAsString(root));
        out.flush();
    }

    private static ObjectNode write(ObjectNode node, Finding f) {
        node.put("rule", f.ruleId());
        node.put("level", f.level().id());
        node.put("path", f.path());
        node.put("line", f.region().start().line());
        node.put("column", f.region().start().column());
        node.put("endLine", f.region().end().line());
        node.put("endColumn", f.region().end().column());
        node.put("message", f.message());
        ArrayNode clients = node.putArray("clients");
        f.clients().forEach(clients::add);
        node.put("fingerprint", f.fingerprint());
        return node;
    }
}
