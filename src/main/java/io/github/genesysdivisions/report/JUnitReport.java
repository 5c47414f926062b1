package io.github.genesysdivisions.report;

import io.github.genesysdivisions.check.CheckResult;
import io.github.genesysdivisions.check.Finding;
import io.github.genesysdivisions.terraform.DivisionInstance;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code TEST-genesys-divisions.xml}: JUnit XML with one test case per instance and data source,
 * failed for each blocking finding, so that Jenkins' {@code junit} step shows them. An address with
 * several findings (an {@code UNSUPPORTED_ARGUMENT} beside its {@code CONFLICT}, say) stays one test
 * case: its failure is typed by the first blocking finding and details every finding.
 */
public final class JUnitReport {

  /** The test suite's name, and the file's stem. */
  public static final String SUITE = "genesys-divisions";

  private JUnitReport() {}

  /** The report's bytes (UTF-8 XML). */
  public static byte[] render(CheckResult result) {
    List<DivisionInstance> subjects = result.subjects();
    Map<String, List<Finding>> findings = result.findings().stream()
        .collect(Collectors.groupingBy(Finding::address, LinkedHashMap::new, Collectors.toList()));
    long failures = subjects.stream()
        .filter(s -> findings.getOrDefault(s.address(), List.of()).stream().anyMatch(Finding::blocking))
        .count();
    long skipped = subjects.stream().filter(s -> !findings.containsKey(s.address())
        && "offline".equals(result.source())).count();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newInstance().createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuite");
      xml.writeAttribute("name", SUITE);
      xml.writeAttribute("tests", Integer.toString(subjects.size()));
      xml.writeAttribute("failures", Long.toString(failures));
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", Long.toString(skipped));
      xml.writeCharacters("\n");
      for (DivisionInstance subject : subjects) {
        writeCase(xml, subject, findings.getOrDefault(subject.address(), List.of()), result.source());
      }
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Cannot write the JUnit report", e);
    }
    return bytes.toByteArray();
  }

  private static void writeCase(
      XMLStreamWriter xml, DivisionInstance subject, List<Finding> findings, String source)
      throws XMLStreamException {
    Finding failure = findings.stream().filter(Finding::blocking).findFirst().orElse(null);
    String details = findings.stream().map(JUnitReport::detail).collect(Collectors.joining("\n\n"));
    xml.writeCharacters("  ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", xmlSafe(SUITE + "." + subject.file()));
    xml.writeAttribute("name", xmlSafe(subject.address()));
    xml.writeAttribute("file", xmlSafe(subject.file()));
    xml.writeAttribute("line", Integer.toString(subject.line()));
    if (failure != null) {
      xml.writeCharacters("\n    ");
      xml.writeStartElement("failure");
      xml.writeAttribute("type", failure.kind().name());
      xml.writeAttribute("message", xmlSafe(failure.message()));
      xml.writeCharacters(xmlSafe(details));
      xml.writeEndElement();
      xml.writeCharacters("\n  ");
    } else if (!findings.isEmpty()) {
      xml.writeCharacters("\n    ");
      xml.writeStartElement("system-out");
      xml.writeCharacters(xmlSafe(details));
      xml.writeEndElement();
      xml.writeCharacters("\n  ");
    } else if ("offline".equals(source)) {
      xml.writeCharacters("\n    ");
      xml.writeEmptyElement("skipped");
      xml.writeAttribute("message", "offline: the org was not asked");
      xml.writeCharacters("\n  ");
    }
    xml.writeEndElement();
    xml.writeCharacters("\n");
  }

  private static String detail(Finding finding) {
    StringBuilder out = new StringBuilder()
        .append(finding.kind()).append(' ').append(finding.address())
        .append(" (").append(finding.location()).append(")\n")
        .append(finding.message());
    if (finding.remedy() != null) {
      out.append("\nRemedy: ").append(finding.remedy());
    }
    return out.toString();
  }

  /** XML 1.0 cannot carry most control characters, even escaped: they are written as {@code \\uXXXX}. */
  private static String xmlSafe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean allowed = c == '\n' || c == '\r' || c == '\t' || (c >= 0x20 && c <= 0xD7FF)
          || Character.isSurrogate(c) || (c >= 0xE000 && c <= 0xFFFD);
      if (!allowed && out == null) {
        out = new StringBuilder(text.substring(0, i));
      }
      if (out != null) {
        out.append(allowed ? String.valueOf(c) : String.format("\\u%04X", (int) c));
      }
    }
    return out == null ? text : out.toString();
  }
}
