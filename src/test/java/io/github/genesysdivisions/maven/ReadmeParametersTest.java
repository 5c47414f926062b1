package io.github.genesysdivisions.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The README's parameter table says what the generated plugin descriptor says: every parameter of
 * the {@code check} goal, with its user property and default, and nothing else.
 */
class ReadmeParametersTest {

  /** A row of the table, or a parameter of the descriptor. */
  record Row(String name, String property, String defaultValue) {}

  private static Map<String, Row> descriptor;
  private static Map<String, Row> readme;

  @BeforeAll
  static void read() throws Exception {
    descriptor = fromDescriptor(Path.of("target/classes/META-INF/maven/plugin.xml"));
    readme = fromReadme(Path.of("README.md"));
  }

  @Test
  void everyParameterIsInTheReadmeAndNothingElse() {
    assertEquals(descriptor.keySet(), readme.keySet());
  }

  @Test
  void theReadmeGivesEachParametersUserProperty() {
    for (Row parameter : descriptor.values()) {
      String expected = parameter.property() == null
          ? "(POM map only)"
          : "`" + parameter.property() + "`";
      assertEquals(expected, readme.get(parameter.name()).property(), parameter.name());
    }
  }

  @Test
  void theReadmeGivesEachDefaultTheDescriptorHas() {
    for (Row parameter : descriptor.values()) {
      if (parameter.defaultValue() != null) {
        String cell = readme.get(parameter.name()).defaultValue();
        assertTrue(cell.startsWith("`" + parameter.defaultValue() + "`"),
            parameter.name() + ": README says " + cell + ", the descriptor "
                + parameter.defaultValue());
      }
    }
  }

  @Test
  void everyUserPropertyHasThePluginsPrefix() {
    for (Row parameter : descriptor.values()) {
      if (parameter.property() != null) {
        assertEquals(PropertyNames.PREFIX + parameter.name(), parameter.property());
      }
    }
  }

  private static Map<String, Row> fromDescriptor(Path pluginXml) throws Exception {
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(pluginXml.toFile());
    Element check = null;
    NodeList mojos = document.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      if ("check".equals(text(mojo, "goal"))) {
        check = mojo;
      }
    }
    Map<String, Row> rows = new TreeMap<>();
    Element configuration = (Element) check.getElementsByTagName("configuration").item(0);
    NodeList parameters = ((Element) check.getElementsByTagName("parameters").item(0))
        .getElementsByTagName("parameter");
    for (int i = 0; i < parameters.getLength(); i++) {
      Element parameter = (Element) parameters.item(i);
      if (!"true".equals(text(parameter, "editable"))) {
        continue;
      }
      String name = text(parameter, "name");
      NodeList configured = configuration.getElementsByTagName(name);
      String property = null;
      String defaultValue = null;
      if (configured.getLength() > 0) {
        Element element = (Element) configured.item(0);
        String expression = element.getTextContent().trim();
        if (expression.startsWith("${") && expression.endsWith("}")) {
          property = expression.substring(2, expression.length() - 1);
        }
        defaultValue = element.hasAttribute("default-value") ? element.getAttribute("default-value") : null;
      }
      rows.put(name, new Row(name, property, defaultValue));
    }
    return rows;
  }

  private static String text(Element parent, String child) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(child)) {
        return element.getTextContent().trim();
      }
    }
    return null;
  }

  /** The rows of the table under "## Parameters": | `name` | property | default | meaning |. */
  private static Map<String, Row> fromReadme(Path readmeFile) throws Exception {
    List<String> lines = Files.readAllLines(readmeFile);
    int start = lines.indexOf("## Parameters");
    Map<String, Row> rows = new TreeMap<>();
    List<String> table = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("## ")) {
        break;
      }
      if (line.startsWith("| `")) {
        table.add(line);
      }
    }
    for (String line : table) {
      String[] cells = line.split(" \\| ");
      String name = cells[0].substring(cells[0].indexOf('`') + 1, cells[0].lastIndexOf('`'));
      rows.put(name, new Row(name, cells[1].trim(), cells[2].trim()));
    }
    return rows;
  }
}
