package io.github.genesysdivisions.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.genesysdivisions.terraform.eval.Context;
import io.github.genesysdivisions.terraform.eval.EvaluationError;
import io.github.genesysdivisions.terraform.eval.Evaluator;
import io.github.genesysdivisions.terraform.eval.Functions;
import io.github.genesysdivisions.terraform.eval.Type;
import io.github.genesysdivisions.terraform.eval.Value;
import io.github.genesysdivisions.terraform.hcl.Attribute;
import io.github.genesysdivisions.terraform.hcl.Block;
import io.github.genesysdivisions.terraform.hcl.BoolLiteral;
import io.github.genesysdivisions.terraform.hcl.Parser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a root module and every module it calls, and expands their division blocks into
 * instances. One loader reads one configuration once.
 */
final class ConfigurationLoader {

  // Comparators as classes rather than Comparator.comparing(...): each lambda is linked when a cold
  // JVM first meets it, which costs more than the sort on a small project
  private static final Comparator<DivisionInstance> BY_ADDRESS = new Comparator<>() {
    @Override
    public int compare(DivisionInstance a, DivisionInstance b) {
      return a.address().compareTo(b.address());
    }
  };
  private static final Comparator<UnsupportedArgument> BY_ADDRESS_AND_LINE = new Comparator<>() {
    @Override
    public int compare(UnsupportedArgument a, UnsupportedArgument b) {
      int byAddress = a.address().compareTo(b.address());
      return byAddress != 0 ? byAddress : Integer.compare(a.line(), b.line());
    }
  };

  /** The instances, unsupported arguments and warnings found so far. */
  static final class Results {
    private final List<DivisionInstance> resources = new ArrayList<>();
    private final List<DivisionInstance> dataSources = new ArrayList<>();
    private final Set<UnsupportedArgument> unsupported = new LinkedHashSet<>();
    private final Set<String> warnings = new LinkedHashSet<>();

    void add(DivisionInstance instance) {
      (instance.mode() == DeclarationMode.RESOURCE ? resources : dataSources).add(instance);
    }

    void unsupported(List<UnsupportedArgument> arguments) {
      unsupported.addAll(arguments);
    }

    void warn(String warning) {
      warnings.add(warning);
    }
  }

  private final Path root;
  private final TerraformInputs inputs;
  private final Functions functions;
  private final String workspace;
  private final Map<Path, ModuleSource> sources = new HashMap<>();
  private final Results results = new Results();
  private final io.github.genesysdivisions.terraform.eval.Budget budget = new io.github.genesysdivisions.terraform.eval.Budget();
  private Map<String, String> installedModules;

  ConfigurationLoader(Path root, TerraformInputs inputs) {
    this.root = root;
    this.inputs = inputs;
    this.functions = new Functions(root);
    this.workspace = workspace(root, inputs);
  }

  private static String workspace(Path root, TerraformInputs inputs) {
    String fromEnvironment = inputs.environment().get("TF_WORKSPACE");
    if (fromEnvironment != null && !fromEnvironment.isBlank()) {
      return fromEnvironment;
    }
    Path selected = root.resolve(".terraform").resolve("environment");
    try {
      if (Files.isRegularFile(selected)) {
        String name = Files.readString(selected).strip();
        if (!name.isEmpty()) {
          return name;
        }
      }
    } catch (IOException e) {
      return "default";
    }
    return "default";
  }

  Functions functions() {
    return functions;
  }

  io.github.genesysdivisions.terraform.eval.Budget budget() {
    return budget;
  }

  String workspace() {
    return workspace;
  }

  String cwd() {
    return root.toAbsolutePath().normalize().toString();
  }

  TerraformConfiguration read() throws IOException, TerraformSyntaxException, TerraformEvaluationException {
    ModuleSource rootSource = load(root);
    List<String> variableWarnings = new ArrayList<>();
    Map<String, RootVariables.Given> given =
        RootVariables.read(root, inputs, rootSource.variables().keySet(), variableWarnings);
    for (String warning : variableWarnings) {
      results.warn(warning);
    }
    Map<String, Value> variables = new HashMap<>();
    for (Map.Entry<String, Block> declaration : rootSource.variables().entrySet()) {
      String name = declaration.getKey();
      RootVariables.Given value = given.get(name);
      try {
        variables.put(name, variable(declaration.getValue(), value == null ? null : value.value(),
            value == null ? null : value.text(), value == null ? null : value.source(), null, ""));
      } catch (EvaluationError e) {
        throw e.position() == null ? new TerraformEvaluationException(declaration.getValue().position(), e.getMessage()) : e.toException();
      }
    }
    new ModuleInstance(this, rootSource, "", "", variables, ModuleInstance.Mode.NORMAL, null, 0).collect(results);
    results.resources.sort(BY_ADDRESS);
    results.dataSources.sort(BY_ADDRESS);
    List<UnsupportedArgument> unsupported = new ArrayList<>(results.unsupported);
    unsupported.sort(BY_ADDRESS_AND_LINE);
    return new TerraformConfiguration(results.resources, results.dataSources, unsupported, new ArrayList<>(results.warnings));
  }

  /** The value of a child module's variables, from the arguments of its call. */
  Map<String, Value> variables(ModuleSource child, Map<String, Value> given, Block call, String childAddress) {
    Map<String, Value> variables = new HashMap<>();
    for (Map.Entry<String, Block> declaration : child.variables().entrySet()) {
      String name = declaration.getKey();
      if (call.body().attribute(name).isEmpty() && declaration.getValue().body().attribute("default").isEmpty()) {
        throw new EvaluationError(call.position(), childAddress + " needs the argument \"" + name
            + "\": the variable has no default (" + declaration.getValue().position() + ")");
      }
      variables.put(name, variable(declaration.getValue(), given.get(name), null,
          "the argument " + name + " of " + childAddress, call, childAddress));
    }
    return variables;
  }

  /**
   * A variable's value: the given value (or text) converted to its type, else its default; for the
   * root module, a variable without either is unknown (Terraform would ask for it).
   */
  private Value variable(Block declaration, Value value, String text, String source, Block call, String childAddress) {
    String name = declaration.labels().get(0);
    Evaluator constant = new Evaluator(Context.constant(functions, "a variable block"));
    Optional<Attribute> typeAttribute = declaration.body().attribute("type");
    Type type = typeAttribute.isPresent() ? Type.parse(typeAttribute.get().expression(), constant) : Type.ANY;
    Optional<Attribute> nullableAttribute = declaration.body().attribute("nullable");
    boolean nullable = nullableAttribute.isEmpty()
        || !(nullableAttribute.get().expression() instanceof BoolLiteral b) || b.value();
    Optional<Attribute> defaultAttribute = declaration.body().attribute("default");
    Value defaultValue = null;
    if (defaultAttribute.isPresent()) {
      Value raw = constant.evaluate(defaultAttribute.get().expression());
      defaultValue = convert(raw, type, defaultAttribute.get().expression().position(), "the default of var." + name);
    }
    SourcePosition at = call != null ? call.position() : declaration.position();
    if (text != null) {
      if (Type.isComplex(type)) {
        try {
          value = constant.evaluate(Parser.parseExpression(text, source));
        } catch (TerraformSyntaxException e) {
          throw new EvaluationError(null, "The value of var." + name + " from " + source + " is not a valid HCL expression for its type "
              + Type.describe(type) + ": " + e.getMessage());
        }
      } else {
        value = new Value.Str(text);
      }
    }
    if (value != null) {
      Optional<Attribute> argument = call != null ? call.body().attribute(name) : Optional.empty();
      Value converted = convert(value, type, call == null ? null : argument.isPresent() ? argument.get().expression().position() : at,
          "var." + name + " (set by " + source + ")");
      if (converted instanceof Value.Null && !nullable && defaultValue != null) {
        return defaultValue;
      }
      return converted;
    }
    if (defaultValue != null) {
      return defaultValue;
    }
    if (call != null) {
      return Value.NULL;
    }
    return new Value.Unknown("var." + name + " has no value: no default, and no tfvars file, varFiles, variables or"
        + " TF_VAR_" + name + " sets it, so Terraform would ask for it (" + declaration.position() + ")");
  }

  private static Value convert(Value value, Type type, SourcePosition at, String what) {
    try {
      return Type.convert(value, type, what);
    } catch (EvaluationError e) {
      throw new EvaluationError(at, e.getMessage());
    }
  }

  // ---------------------------------------------------------------- modules

  ModuleSource load(Path directory) throws IOException, TerraformSyntaxException {
    Path normalized = directory.toAbsolutePath().normalize();
    ModuleSource cached = sources.get(normalized);
    if (cached != null) {
      return cached;
    }
    Path absoluteRoot = root.toAbsolutePath().normalize();
    String relative = absoluteRoot.relativize(normalized).toString().replace('\\', '/');
    ModuleSource source = ModuleSource.read(directory, relative.isEmpty() ? "." : relative);
    sources.put(normalized, source);
    return source;
  }

  /** The source of a module call, or empty (with a warning) when it cannot be located. */
  Optional<ModuleSource> moduleSource(ModuleSource caller, Block call, String callPath)
      throws TerraformEvaluationException, IOException, TerraformSyntaxException {
    String text = ModuleInstance.sourceText(call);
    Path directory;
    if (text.startsWith("./") || text.startsWith("../") || text.equals(".") || text.equals("..")) {
      directory = caller.directory().resolve(text).normalize();
      if (!Files.isDirectory(directory)) {
        throw new TerraformEvaluationException(call.body().attribute("source").get().position(),
            callPath + ": the module directory " + text + " does not exist (" + directory + ")");
      }
    } else {
      String dir = installedModules().get(callPath.replace("module.", ""));
      if (dir == null) {
        results.warn(callPath + " (source \"" + text + "\", " + call.position().file() + ":" + call.position().line()
            + ") was not read: it is not a local path and .terraform/modules/modules.json does not locate it."
            + " Run 'terraform init' in " + root + " so that its divisions are checked too.");
        return Optional.empty();
      }
      directory = root.resolve(dir).normalize();
      if (!Files.isDirectory(directory)) {
        results.warn(callPath + " (source \"" + text + "\") was not read: .terraform/modules/modules.json locates it at "
            + dir + ", which does not exist. Run 'terraform init' again.");
        return Optional.empty();
      }
    }
    return Optional.of(load(directory));
  }

  /** Module keys ({@code region.inner}) to directories, from {@code .terraform/modules/modules.json}. */
  private Map<String, String> installedModules() throws IOException {
    if (installedModules == null) {
      installedModules = new TreeMap<>();
      Path manifest = root.resolve(".terraform").resolve("modules").resolve("modules.json");
      if (Files.isRegularFile(manifest)) {
        JsonNode tree;
        try {
          tree = new ObjectMapper().readTree(manifest.toFile());
        } catch (IOException e) {
          results.warn(manifest + " is not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + "); remote modules were not read.");
          return installedModules;
        }
        for (JsonNode module : tree.path("Modules")) {
          String key = module.path("Key").asText("");
          String dir = module.path("Dir").asText("");
          if (!key.isEmpty() && !dir.isEmpty()) {
            installedModules.put(key, dir);
          }
        }
      }
    }
    return installedModules;
  }
}
