package io.github.genesysdivisions.genesys;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.genesysdivisions.terraform.Addresses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the org's divisions from a JSON file: either a listing as {@code GET
 * /api/v2/authorization/divisions} returns it ({@code {"entities": [...], ...}}), or a plain array
 * of divisions. Each division has {@code id} (a GUID) and {@code name}, and optionally {@code
 * description} and {@code homeDivision}; other fields are ignored.
 */
public final class SnapshotReader {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Pattern SOURCE = Pattern.compile("\\[Source: [^;\\]]*; ");

  /** Jackson names the setting behind a limit ({@code , from `StreamReadConstraints...`}): users cannot change it. */
  private static final Pattern LIMIT_SETTING = Pattern.compile(", from `[^`]*`");

  private SnapshotReader() {}

  /**
   * Reads and checks a snapshot.
   *
   * @param file the JSON file
   * @return its divisions, in file order
   * @throws GenesysException when the file cannot be read or is not a valid snapshot; the message
   *     names the file and, for a bad entry, its index and field
   */
  public static List<OrgDivision> read(Path file) throws GenesysException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new GenesysException(
          "The snapshot file " + file + " does not exist. Check " + Parameters.SNAPSHOT + ".", e);
    } catch (IOException e) {
      throw new GenesysException(
          "Cannot read the snapshot file " + file + ": " + e.getMessage() + ". " + fix(), e);
    }
    return read(bytes, file);
  }

  /** Reads and checks the bytes of a snapshot file, as UTF-8. */
  static List<OrgDivision> read(byte[] bytes, Path file) throws GenesysException {
    JsonNode root = parse(bytes, file);
    JsonNode entries;
    String prefix;
    if (root.isArray()) {
      entries = root;
      prefix = "";
    } else if (root.isObject() && root.path("entities").isArray()) {
      entries = root.get("entities");
      prefix = "entities";
      checkComplete(file, root, entries.size());
    } else {
      throw invalid(
          file,
          "expected a JSON array of divisions, or a division listing as GET"
              + " /api/v2/authorization/divisions returns it ({\"entities\": [...]}), but found "
              + describe(root));
    }
    return divisions(file, entries, prefix);
  }

  private static JsonNode parse(byte[] bytes, Path file) throws GenesysException {
    JsonParser parser;
    try {
      parser = MAPPER.createParser(bytes);
    } catch (IOException e) {
      throw new GenesysException("Cannot read the snapshot file " + file + ": " + e.getMessage() + ". " + fix(), e);
    }
    try (parser) {
      JsonNode root;
      try {
        root = MAPPER.readTree(parser);
      } catch (StreamConstraintsException e) {
        // the exception has no location; the parser, until closed, knows where it stopped
        throw new GenesysException(
            file
                + position(parser.currentLocation())
                + ": goes beyond what the plugin reads ("
                + Addresses.printable(LIMIT_SETTING.matcher(e.getOriginalMessage()).replaceAll(""))
                + "): no division listing does. "
                + fix(),
            e);
      }
      if (root == null) {
        throw invalid(file, "the file is empty");
      }
      if (parser.nextToken() != null) {
        throw new GenesysException(
            file
                + position(parser.currentTokenLocation())
                + ": more JSON after the end of the first value. "
                + fix());
      }
      return root;
    } catch (JsonProcessingException e) {
      throw new GenesysException(
          file
              + position(e.getLocation())
              + ": not valid JSON: "
              + Addresses.printable(withoutSource(e.getOriginalMessage()))
              + ". "
              + fix(),
          e);
    } catch (IOException e) {
      throw new GenesysException(
          "Cannot read the snapshot file " + file + ": " + e.getMessage() + ". " + fix(), e);
    }
  }

  private static String position(JsonLocation location) {
    return location == null ? "" : ":" + location.getLineNr() + ":" + location.getColumnNr();
  }

  private static String withoutSource(String jacksonMessage) {
    return SOURCE.matcher(jacksonMessage).replaceAll("[");
  }

  private static void checkComplete(Path file, JsonNode listing, int entityCount)
      throws GenesysException {
    JsonNode total = listing.get("total");
    if (total != null && total.canConvertToLong() && total.asLong() > entityCount) {
      throw invalid(
          file,
          "the listing holds "
              + entityCount
              + " of the org's "
              + total.asLong()
              + " divisions (\"total\"): it is one page of several. Save every page's entities in"
              + " one file");
    }
  }

  private static List<OrgDivision> divisions(Path file, JsonNode entries, String prefix)
      throws GenesysException {
    List<OrgDivision> divisions = new ArrayList<>();
    Map<String, String> seenIds = new HashMap<>();
    String home = null;
    for (int i = 0; i < entries.size(); i++) {
      String at = prefix + "[" + i + "]";
      OrgDivision division = division(file, entries.get(i), at);
      String earlier = seenIds.putIfAbsent(division.id().toLowerCase(Locale.ROOT), at);
      if (earlier != null) {
        throw invalid(file, at + ".id \"" + division.id() + "\" is also the id of " + earlier);
      }
      if (division.home()) {
        if (home != null) {
          throw invalid(
              file,
              home
                  + " and "
                  + at
                  + " both have \"homeDivision\": true, but an org has one home division");
        }
        home = at;
      }
      divisions.add(division);
    }
    return divisions;
  }

  private static OrgDivision division(Path file, JsonNode entry, String at)
      throws GenesysException {
    if (!entry.isObject()) {
      throw invalid(file, at + " is " + describe(entry) + ", not a division object");
    }
    String id = text(file, entry, at, "id", true);
    if (!DivisionIds.isGuid(id)) {
      throw invalid(file, at + ".id " + Addresses.quote(id) + " is not a division GUID");
    }
    String name = text(file, entry, at, "name", true);
    if (name.isBlank()) {
      throw invalid(file, at + ".name is empty");
    }
    String description = text(file, entry, at, "description", false);
    JsonNode home = entry.get("homeDivision");
    if (home != null && !home.isNull() && !home.isBoolean()) {
      throw invalid(file, at + ".homeDivision must be true or false, not " + describe(home));
    }
    return new OrgDivision(id, name, description, home != null && home.asBoolean());
  }

  private static String text(Path file, JsonNode entry, String at, String field, boolean required)
      throws GenesysException {
    JsonNode value = entry.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw invalid(file, at + " has no \"" + field + "\"");
      }
      return null;
    }
    if (!value.isTextual()) {
      throw invalid(file, at + "." + field + " must be a string, not " + describe(value));
    }
    return value.asText();
  }

  private static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "the string " + Addresses.quote(node.asText());
      case NUMBER -> "the number " + node.asText();
      case BOOLEAN -> node.asText();
      case NULL -> "null";
      default -> "nothing";
    };
  }

  private static GenesysException invalid(Path file, String problem) {
    return new GenesysException(file + ": " + problem + ". " + fix());
  }

  private static String fix() {
    return "Fix the file, or leave out " + Parameters.SNAPSHOT + " to ask the Genesys Cloud API.";
  }
}
