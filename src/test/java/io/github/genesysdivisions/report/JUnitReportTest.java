package io.github.genesysdivisions.report;

import static io.github.genesysdivisions.report.ReportFixtures.G1;
import static io.github.genesysdivisions.report.ReportFixtures.TERRAFORM_DIRECTORY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.genesysdivisions.check.CheckResult;
import io.github.genesysdivisions.check.Finding;
import io.github.genesysdivisions.check.FindingKind;
import io.github.genesysdivisions.terraform.DeclarationMode;
import io.github.genesysdivisions.terraform.DivisionInstance;
import io.github.genesysdivisions.terraform.TerraformConfiguration;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

class JUnitReportTest {

  /** Parses strictly: any warning or error fails the test, so only well-formed XML passes. */
  static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) throws SAXParseException {
        throw e;
      }

      @Override
      public void error(SAXParseException e) throws SAXParseException {
        throw e;
      }

      @Override
      public void fatalError(SAXParseException e) throws SAXParseException {
        throw e;
      }
    });
    return builder.parse(new ByteArrayInputStream(xml));
  }

  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
        out.add((Element) nodes.item(i));
      }
    }
    return out;
  }

  static List<String> childNames(Element parent) {
    List<String> out = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
        out.add(nodes.item(i).getNodeName());
      }
    }
    return out;
  }

  @Test
  void writesOneTestCasePerInstanceAndAFailurePerBlockingFinding() throws Exception {
    Document document = parse(JUnitReport.render(ReportFixtures.small()));

    Element suite = document.getDocumentElement();
    assertEquals("testsuite", suite.getTagName());
    assertEquals("genesys-divisions", suite.getAttribute("name"));
    assertEquals("4", suite.getAttribute("tests"));
    assertEquals("2", suite.getAttribute("failures"));
    assertEquals("0", suite.getAttribute("errors"));
    assertEquals("0", suite.getAttribute("skipped"));

    List<Element> cases = children(suite, "testcase");
    assertEquals(
        List.of(
            "data.genesyscloud_auth_division.legacy genesys-divisions.data.tf data.tf 2 []",
            "genesyscloud_auth_division.eng genesys-divisions.main.tf main.tf 3 [failure]",
            "genesyscloud_auth_division.mkt genesys-divisions.main.tf main.tf 8 [system-out]",
            "module.region[\"emea\"].genesyscloud_auth_division.this genesys-divisions.modules/region/main.tf"
                + " modules/region/main.tf 1 [failure]"),
        cases.stream()
            .map(c -> c.getAttribute("name") + " " + c.getAttribute("classname") + " "
                + c.getAttribute("file") + " " + c.getAttribute("line") + " " + childNames(c))
            .toList());

    Element conflict = children(cases.get(1), "failure").get(0);
    assertEquals("CONFLICT", conflict.getAttribute("type"));
    assertEquals("The org already has a division named \"Engineering\" (" + G1 + ") that the state does not"
        + " hold.", conflict.getAttribute("message"));
    assertEquals("CONFLICT genesyscloud_auth_division.eng (main.tf:3)\n"
        + "The org already has a division named \"Engineering\" (" + G1 + ") that the state does not hold.\n"
        + "Remedy: terraform import 'genesyscloud_auth_division.eng' " + G1, conflict.getTextContent());

    Element stale = children(cases.get(3), "failure").get(0);
    assertEquals("STALE_STATE", stale.getAttribute("type"));

    assertEquals("CREATE genesyscloud_auth_division.mkt (main.tf:8)\n"
            + "No division named \"Marketing\" exists in the org: apply creates it.",
        children(cases.get(2), "system-out").get(0).getTextContent());
  }

  @Test
  void skipsInstancesWithoutFindingsWhenOffline() throws Exception {
    DivisionInstance a = ReportFixtures.resource("genesyscloud_auth_division.a", "A", "main.tf", 1);
    DivisionInstance b = ReportFixtures.resource("genesyscloud_auth_division.b", "A", "main.tf", 5);
    CheckResult offline = new CheckResult(TERRAFORM_DIRECTORY, "offline",
        new TerraformConfiguration(List.of(a, b), List.of()),
        List.of(new Finding(FindingKind.DUPLICATE, b.address(), "A", null, true, "main.tf", 5,
            "\"A\" is also the name of genesyscloud_auth_division.a (main.tf:1).", "rename one of them")),
        List.of());

    Element suite = parse(JUnitReport.render(offline)).getDocumentElement();

    assertEquals("2", suite.getAttribute("tests"));
    assertEquals("1", suite.getAttribute("failures"));
    assertEquals("1", suite.getAttribute("skipped"));
    List<Element> cases = children(suite, "testcase");
    Element skipped = children(cases.get(0), "skipped").get(0);
    assertEquals("offline: the org was not asked", skipped.getAttribute("message"));
    assertEquals("DUPLICATE", children(cases.get(1), "failure").get(0).getAttribute("type"));
  }

  @Test
  void makesControlCharactersSafe() throws Exception {
    String address = "genesyscloud_auth_division.x[\"a\u0001b\u001Bc <&> \uFFFE\"]";
    String name = "bell\u0007 \"quoted\" & <tagged> Zürich";
    DivisionInstance instance = new DivisionInstance(address, DeclarationMode.RESOURCE, name, null, false,
        "odd\u0002dir/main.tf", 9);
    Finding finding = new Finding(FindingKind.CONFLICT, address, name, G1, true, "odd\u0002dir/main.tf", 9,
        "The org already has a division named \"" + name + "\".", "terraform import '" + address + "' " + G1);
    CheckResult result = new CheckResult(TERRAFORM_DIRECTORY, "api",
        new TerraformConfiguration(List.of(instance), List.of()), List.of(finding), List.of());

    Element suite = parse(JUnitReport.render(result)).getDocumentElement();

    Element testCase = children(suite, "testcase").get(0);
    assertEquals("genesyscloud_auth_division.x[\"a\\u0001b\\u001Bc <&> \\uFFFE\"]", testCase.getAttribute("name"));
    assertEquals("odd\\u0002dir/main.tf", testCase.getAttribute("file"));
    assertEquals("genesys-divisions.odd\\u0002dir/main.tf", testCase.getAttribute("classname"));
    Element failure = children(testCase, "failure").get(0);
    assertEquals("The org already has a division named \"bell\\u0007 \"quoted\" & <tagged> Zürich\".",
        failure.getAttribute("message"));
    assertEquals("CONFLICT genesyscloud_auth_division.x[\"a\\u0001b\\u001Bc <&> \\uFFFE\"]"
            + " (odd\\u0002dir/main.tf:9)\n"
            + "The org already has a division named \"bell\\u0007 \"quoted\" & <tagged> Zürich\".\n"
            + "Remedy: terraform import 'genesyscloud_auth_division.x[\"a\\u0001b\\u001Bc <&> \\uFFFE\"]' " + G1,
        failure.getTextContent());
  }

  @Test
  void keepsOneTestCaseForAnAddressWithSeveralFindings() throws Exception {
    String address = "genesyscloud_auth_division.eng";
    Finding unsupported = new Finding(FindingKind.UNSUPPORTED_ARGUMENT, address, "Engineering", null, true,
        "main.tf", 5, "external_id is not an argument of genesyscloud_auth_division.", "remove external_id");
    Finding conflict = ReportFixtures.conflict(address, "Engineering", G1, "main.tf", 3);
    Finding drift = new Finding(FindingKind.DRIFT, "genesyscloud_auth_division.ops", "Ops", G1, false,
        "ops.tf", 1, "Renamed.", "plan will rename it back");
    Finding note = new Finding(FindingKind.MANAGED, "genesyscloud_auth_division.ops", "Ops", G1, false,
        "ops.tf", 1, "Managed.", null);
    CheckResult result = new CheckResult(TERRAFORM_DIRECTORY, "api",
        new TerraformConfiguration(
            List.of(ReportFixtures.resource(address, "Engineering", "main.tf", 3),
                ReportFixtures.resource("genesyscloud_auth_division.ops", "Ops", "ops.tf", 1)),
            List.of()),
        List.of(unsupported, conflict, drift, note), List.of());

    Element suite = parse(JUnitReport.render(result)).getDocumentElement();

    assertEquals("2", suite.getAttribute("tests"));
    assertEquals("1", suite.getAttribute("failures"));
    List<Element> cases = children(suite, "testcase");
    assertEquals(List.of("failure"), childNames(cases.get(0)));
    Element failure = children(cases.get(0), "failure").get(0);
    assertEquals("UNSUPPORTED_ARGUMENT", failure.getAttribute("type"));
    assertEquals("external_id is not an argument of genesyscloud_auth_division.", failure.getAttribute("message"));
    assertEquals("UNSUPPORTED_ARGUMENT genesyscloud_auth_division.eng (main.tf:5)\n"
            + "external_id is not an argument of genesyscloud_auth_division.\n"
            + "Remedy: remove external_id\n\n"
            + "CONFLICT genesyscloud_auth_division.eng (main.tf:3)\n"
            + "The org already has a division named \"Engineering\" (" + G1 + ") that the state does not hold.\n"
            + "Remedy: terraform import 'genesyscloud_auth_division.eng' " + G1,
        failure.getTextContent());
    assertEquals("DRIFT genesyscloud_auth_division.ops (ops.tf:1)\nRenamed.\nRemedy: plan will rename it back\n\n"
            + "MANAGED genesyscloud_auth_division.ops (ops.tf:1)\nManaged.",
        children(cases.get(1), "system-out").get(0).getTextContent());
  }

  @Test
  void writesAnEmptySuite() throws Exception {
    CheckResult empty = new CheckResult(TERRAFORM_DIRECTORY, "api",
        new TerraformConfiguration(List.of(), List.of()), List.of(), List.of());

    Element suite = parse(JUnitReport.render(empty)).getDocumentElement();

    assertEquals("0", suite.getAttribute("tests"));
    assertEquals("0", suite.getAttribute("failures"));
    assertEquals(List.of(), childNames(suite));
  }
}
