package io.github.genesysdivisions.terraform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.genesysdivisions.terraform.eval.Context;
import io.github.genesysdivisions.terraform.eval.DataFormats;
import io.github.genesysdivisions.terraform.eval.EvaluationError;
import io.github.genesysdivisions.terraform.eval.Evaluator;
import io.github.genesysdivisions.terraform.eval.Functions;
import io.github.genesysdivisions.terraform.eval.Value;
import io.github.genesysdivisions.terraform.hcl.Attribute;
import io.github.genesysdivisions.terraform.hcl.Body;
import io.github.genesysdivisions.terraform.hcl.Parser;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The values given to the root module's variables, in Terraform's order of precedence (later wins):
 * {@code TF_VAR_} environment variables, {@code terraform.tfvars}, {@code terraform.tfvars.json},
 * {@code *.auto.tfvars} and {@code *.auto.tfvars.json} in lexical order, the {@code varFiles} in
 * order, the {@code variables}.
 */
final class RootVariables {

  /**
   * A value given to a variable.
   *
   * @param value the value, or null when {@code text} must be read by the variable's type
   * @param text a command-line or environment string: literal for primitive types, an HCL
   *     expression for complex ones
   * @param source where it came from, for messages
   */
  record Given(Value value, String text, String source) {}

  /**
   * The reading of {@code .tfvars.json} files, in a class of its own so that Jackson is loaded only
   * when there is one (most runs read none, and linking this class would otherwise load it).
   */
  private static final class Json {
    static final JsonFactory FACTORY = new JsonFactory();

    static Map<String, Value> values(String text, String name) throws IOException, TerraformSyntaxException {
      try (JsonParser parser = FACTORY.createParser(text)) {
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_OBJECT) {
          throw new TerraformSyntaxException(new SourcePosition(name, 1, 1), "a .tfvars.json file holds one JSON object");
        }
        Value object = DataFormats.jsonValue(parser, first);
        return ((Value.Struct) object).attributes();
      } catch (JsonProcessingException e) {
        throw new TerraformSyntaxException(new SourcePosition(name, Math.max(1, e.getLocation().getLineNr()),
            Math.max(1, e.getLocation().getColumnNr())), "invalid JSON: " + e.getOriginalMessage());
      } catch (EvaluationError e) {
        throw new TerraformSyntaxException(new SourcePosition(name, 1, 1), e.getMessage());
      }
    }
  }

  private RootVariables() {}

  static Map<String, Given> read(Path root, TerraformInputs inputs, Set<String> declared, List<String> warnings)
      throws IOException, TerraformSyntaxException, TerraformEvaluationException {
    Map<String, Given> given = new TreeMap<>();
    if (inputs.readTfVarEnv()) {
      for (Map.Entry<String, String> entry : new TreeMap<>(inputs.environment()).entrySet()) {
        if (entry.getKey().startsWith("TF_VAR_")) {
          String name = entry.getKey().substring("TF_VAR_".length());
          if (declared.contains(name)) {
            given.put(name, new Given(null, entry.getValue(), "the environment variable " + entry.getKey()));
          }
        }
      }
    }
    List<Path> files = new ArrayList<>();
    addIfExists(files, root.resolve("terraform.tfvars"));
    addIfExists(files, root.resolve("terraform.tfvars.json"));
    TreeMap<String, Path> automatic = new TreeMap<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if ((name.endsWith(".auto.tfvars") || name.endsWith(".auto.tfvars.json")) && Files.isRegularFile(entry)) {
          automatic.put(name, entry);
        }
      }
    }
    files.addAll(automatic.values());
    for (Path file : files) {
      readFile(file, file.getFileName().toString(), declared, given, warnings);
    }
    for (Path file : inputs.varFiles()) {
      Path resolved = root.resolve(file);
      if (!Files.isRegularFile(resolved)) {
        throw new TerraformEvaluationException(null, "The varFiles entry " + file + " is not a file. Fix"
            + " -Dgenesys.divisions.varFiles (comma-separated, relative to the project directory).");
      }
      readFile(resolved, displayName(root, resolved), declared, given, warnings);
    }
    for (Map.Entry<String, String> entry : new TreeMap<>(inputs.variables()).entrySet()) {
      if (!declared.contains(entry.getKey())) {
        throw new TerraformEvaluationException(null, "The variables entry \"" + entry.getKey()
            + "\" names no variable that the root module declares. Declare it in a variable block, or"
            + " remove it from <variables>.");
      }
      given.put(entry.getKey(), new Given(null, entry.getValue(), "<variables> entry " + entry.getKey()));
    }
    return given;
  }

  private static void addIfExists(List<Path> files, Path file) {
    if (Files.isRegularFile(file)) {
      files.add(file);
    }
  }

  private static String displayName(Path root, Path file) {
    Path absoluteRoot = root.toAbsolutePath().normalize();
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(absoluteRoot) ? absoluteRoot.relativize(absolute).toString().replace('\\', '/') : absolute.toString();
  }

  private static void readFile(Path file, String name, Set<String> declared, Map<String, Given> given,
      List<String> warnings) throws IOException, TerraformSyntaxException, TerraformEvaluationException {
    String text = ModuleSource.readText(file);
    Map<String, Value> values = new LinkedHashMap<>();
    if (name.endsWith(".json")) {
      values.putAll(Json.values(text, name));
    } else {
      Body body = Parser.parseConfig(text, name);
      if (!body.blocks().isEmpty()) {
        throw new TerraformSyntaxException(body.blocks().get(0).position(), "a .tfvars file holds only name = value lines, not blocks");
      }
      Evaluator evaluator = new Evaluator(Context.constant(Functions.none("a .tfvars file"), "a .tfvars file"));
      for (Attribute attribute : body.attributes()) {
        try {
          values.put(attribute.name(), evaluator.evaluate(attribute.expression()));
        } catch (EvaluationError e) {
          throw e.toException();
        }
      }
    }
    for (Map.Entry<String, Value> entry : values.entrySet()) {
      if (declared.contains(entry.getKey())) {
        given.put(entry.getKey(), new Given(entry.getValue(), null, name));
      } else {
        warnings.add(name + " sets \"" + entry.getKey() + "\", which the root module does not declare as a variable; it is ignored, as Terraform does.");
      }
    }
  }
}
