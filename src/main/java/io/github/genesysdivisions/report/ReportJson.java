package io.github.genesysdivisions.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.genesysdivisions.check.CheckResult;
import io.github.genesysdivisions.check.Finding;
import io.github.genesysdivisions.check.FindingKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** {@code report.json}, in the contract's shape. */
public final class ReportJson {

  /** The tool name the report carries. */
  public static final String TOOL = "genesys-divisions-maven-plugin";

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  /** The report's bytes (UTF-8 JSON, ending in a newline). */
  public static byte[] render(CheckResult result, String version) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("tool", TOOL);
    root.put("version", version);
    root.put("terraformDirectory", result.terraformDirectory().toString());
    root.put("source", result.source());
    ObjectNode summary = root.putObject("summary");
    summary.put("instances", result.subjects().size());
    summary.put("blocking", result.blocking().size());
    ObjectNode byKind = summary.putObject("byKind");
    for (Map.Entry<FindingKind, Long> count : result.countsByKind().entrySet()) {
      byKind.put(count.getKey().name(), count.getValue());
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding finding : result.findings()) {
      ObjectNode node = findings.addObject();
      node.put("kind", finding.kind().name());
      node.put("address", finding.address());
      node.put("name", finding.name());
      node.put("divisionId", finding.divisionId());
      node.put("blocking", finding.blocking());
      node.put("file", finding.file());
      node.put("line", finding.line());
      node.put("message", finding.message());
      node.put("remedy", finding.remedy());
    }
    try {
      byte[] json = MAPPER.writeValueAsBytes(root);
      byte[] withNewline = java.util.Arrays.copyOf(json, json.length + 1);
      withNewline[json.length] = '\n';
      return withNewline;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
