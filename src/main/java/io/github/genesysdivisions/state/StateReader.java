package io.github.genesysdivisions.state;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.genesysdivisions.genesys.DivisionIds;
import io.github.genesysdivisions.terraform.Addresses;
import io.github.genesysdivisions.terraform.DeclarationMode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the division instances of a Terraform state: a state file in format version 4 (as
 * {@code terraform.tfstate} or {@code terraform state pull} hold it) or the JSON that
 * {@code terraform show -json} prints.
 */
public final class StateReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final String POINT_AT_STATE = " Point -Dgenesys.divisions.stateFile at a terraform.tfstate"
      + " file or at the output of 'terraform show -json'.";

  /** Reads a state file. */
  public TerraformState read(Path file) throws StateException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new StateException(
          "Cannot read the state file " + file + ": " + e.getMessage()
              + ". Check -Dgenesys.divisions.stateFile.", e);
    }
    return parse(bytes, file.toString());
  }

  /** Parses the bytes of a state file, as UTF-8. */
  TerraformState parse(byte[] bytes, String description) throws StateException {
    return interpret(tree(() -> MAPPER.createParser(bytes), description), description);
  }

  /**
   * Parses state text.
   *
   * @param text the JSON text
   * @param description where it came from, used in messages
   */
  public TerraformState parse(String text, String description) throws StateException {
    return interpret(tree(() -> MAPPER.createParser(text), description), description);
  }

  /** Opens a parser over the state's text or bytes (bytes are checked as UTF-8 with positions). */
  @FunctionalInterface
  private interface ParserSource {
    JsonParser open() throws IOException;
  }

  /**
   * The JSON tree, or a message naming the state: where the JSON breaks, or which of the JSON
   * reader's limits (nesting depth, string, number or name length) it passes.
   */
  private static JsonNode tree(ParserSource source, String description) throws StateException {
    JsonParser parser;
    try {
      parser = source.open();
    } catch (IOException e) {
      throw new StateException("Cannot read the state " + description + ": " + e.getMessage() + ".", e);
    }
    try (parser) {
      try {
        return MAPPER.readTree(parser);
      } catch (StreamConstraintsException e) {
        // the exception has no location; the parser, until closed, knows where it stopped
        throw new StateException(
            "The state " + description + where(parser.currentLocation()) + " goes beyond what the plugin"
                + " reads (" + Addresses.printable(withoutApiName(e.getOriginalMessage())) + "): no Terraform state does."
                + POINT_AT_STATE, e);
      }
    } catch (JsonProcessingException e) {
      throw new StateException(
          "The state " + description + " is not JSON" + where(e.getLocation()) + " (" + Addresses.printable(e.getOriginalMessage())
              + ")." + POINT_AT_STATE, e);
    } catch (IOException e) {
      throw new StateException("Cannot read the state " + description + ": " + e.getMessage() + ".", e);
    }
  }

  private static String where(JsonLocation at) {
    return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  /** Jackson names the setting behind a limit ({@code , from `StreamReadConstraints...`}): users cannot change it. */
  private static String withoutApiName(String message) {
    return message.replaceAll(", from `[^`]*`", "");
  }

  private TerraformState interpret(JsonNode root, String description) throws StateException {
    if (root == null || !root.isObject()) {
      throw new StateException(
          "The state " + description + " is not a JSON object." + POINT_AT_STATE);
    }
    if (root.has("encrypted_data") || root.has("encryption_version")) {
      throw new StateException(
          "The state " + description + " is encrypted (OpenTofu state encryption). The plugin cannot"
              + " decrypt it: run 'tofu show -json > state.json' and pass"
              + " -Dgenesys.divisions.stateFile=state.json.");
    }
    if (root.has("planned_values") || root.has("prior_state")) {
      throw new StateException(
          "The state " + description + " is a plan ('terraform show -json <planfile>'), not a state."
              + " Run 'terraform show -json' without a plan file, or 'terraform state pull', and pass"
              + " its output as -Dgenesys.divisions.stateFile.");
    }
    if (root.has("format_version") && root.has("values")) {
      return fromShowJson(root, description);
    }
    if (root.has("format_version")) {
      return TerraformState.empty(description);
    }
    JsonNode version = root.get("version");
    if (version == null || !version.isIntegralNumber()) {
      throw new StateException(
          "The state " + description + " has no \"version\": it is neither a Terraform state file"
              + " nor the output of 'terraform show -json'.");
    }
    if (version.asInt() != 4) {
      throw new StateException(
          "The state " + description + " has format version " + version.asText()
              + "; the plugin reads version 4 (Terraform 0.12 and newer). Run 'terraform show -json'"
              + " with your Terraform and pass its output as -Dgenesys.divisions.stateFile.");
    }
    return fromStateV4(root, description);
  }

  private TerraformState fromStateV4(JsonNode root, String description) throws StateException {
    List<StateEntry> entries = new ArrayList<>();
    for (JsonNode resource : root.path("resources")) {
      if (!"managed".equals(resource.path("mode").asText())
          || !Addresses.DIVISION_TYPE.equals(resource.path("type").asText())) {
        continue;
      }
      String module = resource.path("module").asText("");
      String name = resource.path("name").asText();
      for (JsonNode instance : resource.path("instances")) {
        if (instance.hasNonNull("deposed")) {
          continue;
        }
        Object key = indexKey(instance.get("index_key"), module, name, description);
        String address =
            Addresses.instance(module, DeclarationMode.RESOURCE, Addresses.DIVISION_TYPE, name, key);
        JsonNode attributes = instance.path("attributes");
        entries.add(entry(address, attributes, "tainted".equals(instance.path("status").asText()), description));
      }
    }
    return new TerraformState(description, entries);
  }

  private TerraformState fromShowJson(JsonNode root, String description) throws StateException {
    List<StateEntry> entries = new ArrayList<>();
    collectModule(root.path("values").path("root_module"), entries, description);
    return new TerraformState(description, entries);
  }

  private void collectModule(JsonNode module, List<StateEntry> entries, String description)
      throws StateException {
    for (JsonNode resource : module.path("resources")) {
      // 'terraform show -json' lists each deposed object as one more resource at the same address,
      // marked with "deposed_key"; only the current object is the one the configuration manages.
      if ("managed".equals(resource.path("mode").asText())
          && Addresses.DIVISION_TYPE.equals(resource.path("type").asText())
          && !resource.hasNonNull("deposed_key")) {
        entries.add(
            entry(resource.path("address").asText(), resource.path("values"),
                resource.path("tainted").asBoolean(false), description));
      }
    }
    for (JsonNode child : module.path("child_modules")) {
      collectModule(child, entries, description);
    }
  }

  private static StateEntry entry(String address, JsonNode values, boolean tainted, String description)
      throws StateException {
    JsonNode id = values.get("id");
    if (id == null || !id.isTextual() || id.asText().isEmpty()) {
      throw new StateException(
          "The state " + description + " has no id for " + Addresses.printable(address)
              + ". Run 'terraform refresh' or remove the entry with 'terraform state rm'.");
    }
    if (!DivisionIds.isGuid(id.asText())) {
      // the id goes into messages, reports and API requests: only a checked GUID may
      throw new StateException(
          "The state " + description + " has an id for " + Addresses.printable(address) + " that is not a division GUID:"
              + " the genesyscloud provider never writes one. Remove the entry with 'terraform state rm'"
              + " and import the division again.");
    }
    JsonNode name = values.get("name");
    return new StateEntry(address, id.asText(), name != null && name.isTextual() ? name.asText() : null, tainted);
  }

  /**
   * A {@code count} index (a whole number, 0 or more) or a {@code for_each} key (a string), as
   * Terraform writes them; anything else is refused rather than turned into an address.
   */
  private static Object indexKey(JsonNode key, String module, String name, String description)
      throws StateException {
    if (key == null || key.isNull()) {
      return null;
    }
    if (key.isTextual()) {
      return key.asText();
    }
    if (key.isNumber() && (!key.isFloatingPointNumber() || Double.isFinite(key.doubleValue()))) {
      BigDecimal index = key.decimalValue();
      if (index.signum() >= 0 && index.stripTrailingZeros().scale() <= 0) {
        return index;
      }
    }
    String resource = Addresses.instance(module, DeclarationMode.RESOURCE, Addresses.DIVISION_TYPE, name, null);
    String shown = Addresses.printable(key.isNumber() ? key.asText() : key.toString());
    throw new StateException(
        "The state " + description + " has the index_key "
            + (shown.length() > 40 ? shown.substring(0, 40) + "..." : shown) + " for " + Addresses.printable(resource)
            + ", which is neither a count index (a whole number, 0 or more) nor a for_each key (a string):"
            + " Terraform did not write it. Point -Dgenesys.divisions.stateFile at the state Terraform wrote,"
            + " or the output of 'terraform state pull'.");
  }
}
