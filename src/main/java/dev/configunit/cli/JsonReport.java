package dev.configunit.cli;

import dev.configunit.finding.Finding;
import dev.configunit.lint.ScanResult;
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
            ObjectNode node = findings.addObject();
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
        }
        root.put("sources", result.reports().size());
        ArrayNode errors = root.putArray("errors");
        for (InputProblem problem : result.problems()) {
            errors.addObject().put("path", problem.path()).put("message", problem.message());
        }
        out.println(JSON.writeValueAsString(root));
        out.flush();
    }
}
