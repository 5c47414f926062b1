package io.github.genesysdivisions.terraform;

import io.github.genesysdivisions.terraform.eval.Context;
import io.github.genesysdivisions.terraform.eval.EvaluationError;
import io.github.genesysdivisions.terraform.eval.Evaluator;
import io.github.genesysdivisions.terraform.eval.Functions;
import io.github.genesysdivisions.terraform.eval.Value;
import io.github.genesysdivisions.terraform.hcl.Attribute;
import io.github.genesysdivisions.terraform.hcl.Block;
import io.github.genesysdivisions.terraform.hcl.BodyItem;
import io.github.genesysdivisions.terraform.hcl.Expression;
import io.github.genesysdivisions.terraform.hcl.TemplateExpression;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One instance of a module (the root module, or a module call's instance): its variables' values,
 * its locals (evaluated on first use, cycles detected), the references it can resolve, and the
 * expansion of its division blocks and module calls into instances.
 */
final class ModuleInstance implements Context {

  /** How deeply module calls may nest. */
  static final int MAX_MODULE_DEPTH = 64;
  /** The most instances one block ({@code count}, {@code for_each}) may have. */
  static final int MAX_INSTANCES = 100_000;

  private static final Set<String> MODULE_META = Set.of("source", "version", "count", "for_each", "providers", "depends_on");
  private static final Set<String> RESOURCE_META = Set.of("count", "for_each", "provider", "depends_on");

  /** What a module instance contributes. */
  enum Mode {
    /** Evaluate and expand. */
    NORMAL,
    /** The module's own expansion is unknown: one unresolved instance per division block. */
    UNKNOWN,
    /** The module has no instances: only its unsupported arguments are collected. */
    NONE
  }

  private final ConfigurationLoader loader;
  private final ModuleSource source;
  private final String address;
  private final String callPath;
  private final Map<String, Value> variables;
  private final Mode mode;
  private final String unknownReason;
  private final int depth;
  private final Map<String, Value> locals = new HashMap<>();
  private final Set<String> evaluating = new LinkedHashSet<>();
  private final Map<String, ModuleInstance> children = new HashMap<>();
  private final Map<Block, Expansion> expansions = new java.util.IdentityHashMap<>();
  private static final Set<String> ROOTS = Set.of("var", "local", "each", "count", "path", "terraform", "data", "module", "self");

  ModuleInstance(ConfigurationLoader loader, ModuleSource source, String address, String callPath,
      Map<String, Value> variables, Mode mode, String unknownReason, int depth) {
    this.loader = loader;
    this.source = source;
    this.address = address;
    this.callPath = callPath;
    this.variables = variables;
    this.mode = mode;
    this.unknownReason = unknownReason;
    this.depth = depth;
  }

  @Override
  public Functions functions() {
    return loader.functions();
  }

  @Override
  public io.github.genesysdivisions.terraform.eval.Budget budget() {
    return loader.budget();
  }

  @Override
  public Resolved resolve(String root, List<String> names, SourcePosition at) {
    return resolve(root, names, at, null, null);
  }

  /** Resolves a reference, with {@code each} and {@code count} when inside an expanded block. */
  Resolved resolve(String root, List<String> names, SourcePosition at, Map.Entry<Value, Value> each, Value countIndex) {
    String first = names.isEmpty() ? null : names.get(0);
    switch (root) {
      case "var" -> {
        require(first, at, "var.<name>");
        Value value = variables.get(first);
        if (value == null) {
          throw new EvaluationError(at, "there is no variable named \"" + first + "\"; declare it with a variable block");
        }
        return new Resolved(value, 1);
      }
      case "local" -> {
        require(first, at, "local.<name>");
        return new Resolved(local(first, at), 1);
      }
      case "each" -> {
        if (each == null) {
          throw new EvaluationError(at, "each is available only in a block with for_each");
        }
        require(first, at, "each.key or each.value");
        return switch (first) {
          case "key" -> new Resolved(each.getKey(), 1);
          case "value" -> new Resolved(each.getValue(), 1);
          default -> throw new EvaluationError(at, "each has only key and value, not " + first);
        };
      }
      case "count" -> {
        if (countIndex == null) {
          throw new EvaluationError(at, "count.index is available only in a block with count");
        }
        if (!"index".equals(first)) {
          throw new EvaluationError(at, "count has only index");
        }
        return new Resolved(countIndex, 1);
      }
      default -> {
        return resolveOther(root, names, at);
      }
    }
  }

  /**
   * The rarer references: path, terraform, data, module, self and other resources. (Apart from
   * {@link #resolve}, which runs for every reference, so that a cold JVM compiles a small method.)
   */
  private Resolved resolveOther(String root, List<String> names, SourcePosition at) {
    String first = names.isEmpty() ? null : names.get(0);
    switch (root) {
      case "path" -> {
        require(first, at, "path.module, path.root or path.cwd");
        return switch (first) {
          case "module" -> new Resolved(new Value.Str(source.relativeDirectory()), 1);
          case "root" -> new Resolved(new Value.Str("."), 1);
          case "cwd" -> new Resolved(new Value.Str(loader.cwd()), 1);
          default -> throw new EvaluationError(at, "path has only module, root and cwd, not " + first);
        };
      }
      case "terraform" -> {
        if (!"workspace".equals(first)) {
          throw new EvaluationError(at, "terraform has only workspace here");
        }
        return new Resolved(new Value.Str(loader.workspace()), 1);
      }
      case "data" -> {
        if (names.size() < 2) {
          throw new EvaluationError(at, "a data source is referred to as data.<type>.<name>");
        }
        if (find(source.dataSources(), names.get(0), names.get(1)).isEmpty()) {
          throw new EvaluationError(at, "there is no data source data." + names.get(0) + "." + names.get(1) + " in this module");
        }
        return new Resolved(new Value.Unknown("data." + names.get(0) + "." + names.get(1)
            + " is read from the provider during plan (" + at + ")"), 2);
      }
      case "module" -> {
        require(first, at, "module.<name>");
        Block call = moduleCall(first);
        if (call == null) {
          throw new EvaluationError(at, "there is no module call named \"" + first + "\" in this module");
        }
        if (call.body().attribute("count").isPresent() || call.body().attribute("for_each").isPresent()) {
          return new Resolved(new Value.Unknown("module." + first + " has count or for_each; the plugin evaluates"
              + " the outputs of one instance, such as module." + first + "[0].name (" + at + ")"), 1);
        }
        if (names.size() < 2) {
          return new Resolved(new Value.Unknown("the plugin does not evaluate module." + first + " as a whole (" + at + ")"), 1);
        }
        String output = names.get(1);
        String key = "module." + first + "." + output;
        enter(key, at);
        try {
          return new Resolved(moduleOutput(call, null, output, at), 2);
        } finally {
          evaluating.remove(key);
        }
      }
      case "self" -> {
        return new Resolved(new Value.Unknown("self is known only during provisioning (" + at + ")"), 0);
      }
      default -> {
        return resource(root, names, at);
      }
    }
  }

  /** The value of an output of a module this module calls (without count or for_each). */
  private Value moduleOutput(Block call, Key key, String output, SourcePosition at) {
    String name = call.labels().get(0);
    String childAddress = (address.isEmpty() ? "" : address + ".") + "module." + name
        + Addresses.indexSuffix(key == null ? null : key.addressKey());
    ModuleInstance child = children.get(childAddress);
    if (child == null) {
      if (depth >= MAX_MODULE_DEPTH) {
        throw new EvaluationError(call.position(), "modules nest more than " + MAX_MODULE_DEPTH
            + " levels deep here; does a module call itself?");
      }
      String childCallPath = (callPath.isEmpty() ? "" : callPath + ".") + "module." + name;
      Optional<ModuleSource> childSource;
      try {
        childSource = loader.moduleSource(source, call, childCallPath);
      } catch (TerraformEvaluationException e) {
        throw new EvaluationError(e.position(), e.getMessage().substring(e.position() == null ? 0 : e.position().toString().length() + 2));
      } catch (TerraformSyntaxException e) {
        throw new EvaluationError(e.position(), e.getMessage().substring(e.position().toString().length() + 2));
      } catch (IOException e) {
        throw new EvaluationError(call.position(), "cannot read module." + name + ": " + e.getMessage());
      }
      if (childSource.isEmpty()) {
        return new Value.Unknown("module." + name + " was not read, so its output " + output + " is not known (" + at + ")");
      }
      Context context = key == null ? this : instanceContext(key.each(), key.countIndex());
      Map<String, Value> given = new HashMap<>();
      for (Attribute argument : call.body().attributes()) {
        if (!MODULE_META.contains(argument.name())) {
          if (!childSource.get().variables().containsKey(argument.name())) {
            throw new EvaluationError(argument.position(), "module." + name + " has no variable named \""
                + argument.name() + "\"");
          }
          given.put(argument.name(), evaluate(argument.expression(), context));
        }
      }
      child = new ModuleInstance(loader, childSource.get(), childAddress, childCallPath,
          loader.variables(childSource.get(), given, call, childAddress), Mode.NORMAL, null, depth + 1);
      children.put(childAddress, child);
    }
    Block declaration = child.source.outputs().get(output);
    if (declaration == null) {
      throw new EvaluationError(at, "module." + name + " has no output named \"" + output + "\"");
    }
    Optional<Attribute> value = declaration.body().attribute("value");
    if (value.isEmpty()) {
      throw new EvaluationError(declaration.position(), "the output " + output + " has no value argument");
    }
    return evaluate(value.get().expression(), child);
  }

  private static void require(String name, SourcePosition at, String form) {
    if (name == null) {
      throw new EvaluationError(at, "expected " + form + " here");
    }
  }

  /** The module call of this module named {@code name}, or null. */
  private Block moduleCall(String name) {
    for (Block call : source.moduleCalls()) {
      if (call.labels().get(0).equals(name)) {
        return call;
      }
    }
    return null;
  }

  private static Optional<Block> find(List<Block> blocks, String type, String label) {
    for (Block block : blocks) {
      if (block.labels().get(0).equals(type) && block.labels().get(1).equals(label)) {
        return Optional.of(block);
      }
    }
    return Optional.empty();
  }

  @Override
  public Resolved resolveIndexed(String root, String first, Value key, List<String> after, SourcePosition at) {
    if (root.equals("module")) {
      return moduleInstanceOutput(first, key, after, at);
    }
    if (ROOTS.contains(root)) {
      return null;
    }
    Optional<Block> block = find(source.resources(), root, first);
    if (block.isEmpty()
        || (block.get().body().attribute("count").isEmpty() && block.get().body().attribute("for_each").isEmpty())) {
      return null;
    }
    Block resource = block.get();
    Expansion expansion = cachedExpansion(resource, at);
    String reference = root + "." + first;
    if (expansion.unknownReason() != null) {
      return new Resolved(new Value.Unknown(reference + "'s " + expansion.unknownReason()), 0);
    }
    Key match = matchingKey(expansion, key);
    if (match == null) {
      throw new EvaluationError(at, reference + " has no instance with the key " + describeKey(key));
    }
    String instance = reference + Addresses.indexSuffix(match.addressKey());
    if (after.isEmpty()) {
      return new Resolved(new Value.Unknown(instance + " is known only after apply (" + at + ")"), 0);
    }
    String attributeName = after.get(0);
    Optional<Attribute> attribute = resource.body().attribute(attributeName);
    if (attribute.isEmpty() || RESOURCE_META.contains(attributeName)) {
      return new Resolved(new Value.Unknown(instance + "." + attributeName + " is known only after apply (" + at + ")"), 1);
    }
    Context context = instanceContext(match.each(), match.countIndex());
    String guardKey = instance + "." + attributeName;
    enter(guardKey, at);
    try {
      return new Resolved(evaluate(attribute.get().expression(), context), 1);
    } finally {
      evaluating.remove(guardKey);
    }
  }

  /** An output of one instance of a module call with count or for_each: module.a["k"].output. */
  private Resolved moduleInstanceOutput(String name, Value key, List<String> after, SourcePosition at) {
    Optional<Block> found = Optional.ofNullable(moduleCall(name));
    if (found.isEmpty()
        || (found.get().body().attribute("count").isEmpty() && found.get().body().attribute("for_each").isEmpty())) {
      return null;
    }
    Block call = found.get();
    Expansion expansion = cachedExpansion(call, at);
    if (expansion.unknownReason() != null) {
      return new Resolved(new Value.Unknown("module." + name + "'s " + expansion.unknownReason()), 0);
    }
    Key match = matchingKey(expansion, key);
    if (match == null) {
      throw new EvaluationError(at, "module." + name + " has no instance with the key " + describeKey(key));
    }
    String instance = "module." + name + Addresses.indexSuffix(match.addressKey());
    if (after.isEmpty()) {
      return new Resolved(new Value.Unknown("the plugin does not evaluate " + instance + " as a whole (" + at + ")"), 0);
    }
    String output = after.get(0);
    String guardKey = instance + "." + output;
    enter(guardKey, at);
    try {
      return new Resolved(moduleOutput(call, match, output, at), 1);
    } finally {
      evaluating.remove(guardKey);
    }
  }

  private static Key matchingKey(Expansion expansion, Value key) {
    String keyText = key instanceof Value.Str s ? s.value() : key instanceof Value.Num n ? n.text() : null;
    for (Key candidate : expansion.keys()) {
      if (candidate.addressKey() != null && candidate.addressKey().toString().equals(keyText)) {
        return candidate;
      }
    }
    return null;
  }

  private static String describeKey(Value key) {
    return key instanceof Value.Str s ? Addresses.quote(s.value()) : key instanceof Value.Num n ? n.text() : "of type " + key.typeName();
  }

  /** The expansion of a block, evaluated once. */
  private Expansion cachedExpansion(Block block, SourcePosition at) {
    Expansion expansion = expansions.get(block);
    if (expansion == null && block.body().attribute("count").isEmpty()
        && block.body().attribute("for_each").isEmpty()) {
      return SINGLE;
    }
    if (expansion == null) {
      String key = (block.type().equals("module") ? "module." + block.labels().get(0)
          : block.labels().get(0) + "." + block.labels().get(1)) + " (count or for_each)";
      enter(key, at);
      try {
        expansion = expansion(block, this);
      } finally {
        evaluating.remove(key);
      }
      expansions.put(block, expansion);
    }
    return expansion;
  }

  /** A reference to another resource: a literal-enough argument is evaluated, anything else is unknown. */
  private Resolved resource(String type, List<String> names, SourcePosition at) {
    if (names.isEmpty()) {
      throw new EvaluationError(at, "there is no variable or object named \"" + type + "\" here");
    }
    Optional<Block> block = find(source.resources(), type, names.get(0));
    if (block.isEmpty()) {
      throw new EvaluationError(at, "there is no resource " + type + "." + names.get(0) + " in this module");
    }
    String reference = type + "." + names.get(0);
    Block resource = block.get();
    if (resource.body().attribute("count").isPresent() || resource.body().attribute("for_each").isPresent()) {
      return new Resolved(new Value.Unknown(reference + " has count or for_each; the plugin does not evaluate references"
          + " to its instances (" + at + ")"), 1);
    }
    if (names.size() < 2) {
      return new Resolved(new Value.Unknown(reference + " is known only after apply (" + at + ")"), 1);
    }
    String attributeName = names.get(1);
    Optional<Attribute> attribute = resource.body().attribute(attributeName);
    if (attribute.isEmpty() || RESOURCE_META.contains(attributeName)) {
      return new Resolved(new Value.Unknown(reference + "." + attributeName + " is known only after apply (" + at + ")"), 2);
    }
    String key = reference + "." + attributeName;
    enter(key, at);
    try {
      return new Resolved(evaluate(attribute.get().expression(), this), 2);
    } finally {
      evaluating.remove(key);
    }
  }

  private Value local(String name, SourcePosition at) {
    Value cached = locals.get(name);
    if (cached != null) {
      return cached;
    }
    Attribute definition = source.locals().get(name);
    if (definition == null) {
      throw new EvaluationError(at, "there is no local value named \"" + name + "\"; define it in a locals block");
    }
    String key = "local." + name;
    enter(key, at);
    Value value;
    try {
      value = evaluate(definition.expression(), this);
    } finally {
      evaluating.remove(key);
    }
    locals.put(name, value);
    return value;
  }

  /**
   * Marks {@code key} as being evaluated, or fails with the cycle if it already is; the caller
   * removes it from {@link #evaluating} in a {@code finally} once done. (A plain call, not a method
   * taking a lambda: this runs for every instance, and a cold JVM links each lambda at a cost.)
   */
  private void enter(String key, SourcePosition at) {
    if (!evaluating.add(key)) {
      List<String> cycle = new ArrayList<>(evaluating);
      cycle = cycle.subList(cycle.indexOf(key), cycle.size());
      throw new EvaluationError(at, key + " refers to itself: " + String.join(" -> ", cycle) + " -> " + key);
    }
  }

  private static Value evaluate(Expression expression, Context context) {
    try {
      return new Evaluator(context).evaluate(expression);
    } catch (EvaluationError e) {
      if (e.position() == null) {
        throw new EvaluationError(expression.position(), e.getMessage());
      }
      throw e;
    }
  }

  /** A context for one instance of an expanded block: this module's, plus each or count. */
  private Context instanceContext(Map.Entry<Value, Value> each, Value countIndex) {
    ModuleInstance module = this;
    return new Context() {
      @Override
      public Resolved resolve(String root, List<String> names, SourcePosition at) {
        return module.resolve(root, names, at, each, countIndex);
      }

      @Override
      public Resolved resolveIndexed(String root, String first, Value key, List<String> after, SourcePosition at) {
        return module.resolveIndexed(root, first, key, after, at);
      }

      @Override
      public Functions functions() {
        return module.functions();
      }

      @Override
      public io.github.genesysdivisions.terraform.eval.Budget budget() {
        return module.budget();
      }
    };
  }

  // ---------------------------------------------------------------- expansion

  /** Adds this module instance's division instances, and those of the modules it calls. */
  void collect(ConfigurationLoader.Results results) throws TerraformEvaluationException, IOException, TerraformSyntaxException {
    for (Block block : source.resources()) {
      collectDivision(block, DeclarationMode.RESOURCE, results);
    }
    for (Block block : source.dataSources()) {
      collectDivision(block, DeclarationMode.DATA, results);
    }
    for (Block call : source.moduleCalls()) {
      collectModule(call, results);
    }
  }

  private void collectDivision(Block block, DeclarationMode declarationMode, ConfigurationLoader.Results results)
      throws TerraformEvaluationException {
    if (!block.labels().get(0).equals(Addresses.DIVISION_TYPE)) {
      return;
    }
    String blockAddress = Addresses.instance(callPath, declarationMode, Addresses.DIVISION_TYPE, block.labels().get(1), null);
    results.unsupported(unsupportedArguments(block, declarationMode, blockAddress));
    if (mode == Mode.NONE) {
      return;
    }
    String base = address.equals(callPath) ? blockAddress
        : Addresses.instance(address, declarationMode, Addresses.DIVISION_TYPE, block.labels().get(1), null);
    if (mode == Mode.UNKNOWN) {
      results.add(unresolved(base, declarationMode, block, unknownReason));
      return;
    }
    try {
      Expansion expansion = declarationMode == DeclarationMode.RESOURCE ? cachedExpansion(block, block.position()) : expansion(block, this);
      if (expansion.unknownReason() != null) {
        results.add(unresolved(base, declarationMode, block, expansion.unknownReason()));
        return;
      }
      for (Key key : expansion.keys()) {
        results.add(instance(block, declarationMode, key, base));
      }
    } catch (EvaluationError e) {
      throw e.toException();
    }
  }

  /** One instance of a division block; {@code base} is the block's address in this module instance. */
  private DivisionInstance instance(Block block, DeclarationMode declarationMode, Key key, String base) {
    String instanceAddress = key.addressKey() == null ? base : base + Addresses.indexSuffix(key.addressKey());
    Context context = instanceContext(key.each(), key.countIndex());
    Optional<Attribute> nameAttribute = block.body().attribute("name");
    Optional<Attribute> homeAttribute = block.body().attribute("home");
    boolean home = false;
    if (homeAttribute.isPresent()) {
      Value homeValue = evaluate(homeAttribute.get().expression(), context);
      if (homeValue instanceof Value.Unknown unknown) {
        return new DivisionInstance(instanceAddress, declarationMode, null,
            "home is not known before apply: " + unknown.reason(), false, block.position().file(), block.position().line());
      }
      home = home(homeValue, homeAttribute.get().expression());
    }
    if (nameAttribute.isEmpty()) {
      return new DivisionInstance(instanceAddress, declarationMode, null, "name is not set (" + block.position() + ")",
          home, block.position().file(), block.position().line());
    }
    Expression expression = nameAttribute.get().expression();
    Value value = evaluate(expression, context);
    if (!value.isWhollyKnown()) {
      String reason = value instanceof Value.Unknown unknown ? unknown.reason() : "name is not known before apply (" + expression.position() + ")";
      return new DivisionInstance(instanceAddress, declarationMode, null, reason, home, block.position().file(), block.position().line());
    }
    String name = value instanceof Value.Str s ? s.value() : nameText(value, expression, instanceAddress);
    return new DivisionInstance(instanceAddress, declarationMode, name, null, home, block.position().file(), block.position().line());
  }

  /** A known home value as a bool: null is false, and the strings "true" and "false" convert. */
  private static boolean home(Value value, Expression expression) {
    if (value instanceof Value.Null) {
      return false;
    } else if (value instanceof Value.Bool bool) {
      return bool.value();
    } else if (value instanceof Value.Str s && (s.value().equals("true") || s.value().equals("false"))) {
      return s.value().equals("true");
    }
    throw new EvaluationError(expression.position(), "home must be a bool, not a " + value.typeName());
  }

  /** A known name that is not a string: numbers and bools convert, as Terraform converts them. */
  private static String nameText(Value value, Expression expression, String instanceAddress) {
    if (value instanceof Value.Num n) {
      return n.text();
    } else if (value instanceof Value.Bool b) {
      return Boolean.toString(b.value());
    } else if (value instanceof Value.Null) {
      throw new EvaluationError(expression.position(), "name is null for " + instanceAddress
          + "; the provider requires a name");
    }
    throw new EvaluationError(expression.position(), "name must be a string, not a " + value.typeName()
        + ", for " + instanceAddress);
  }

  private static DivisionInstance unresolved(String address, DeclarationMode mode, Block block, String reason) {
    return new DivisionInstance(address, mode, null, reason, false, block.position().file(), block.position().line());
  }

  /** The arguments and nested blocks of a division block that the real schema does not have. */
  private static List<UnsupportedArgument> unsupportedArguments(Block block, DeclarationMode mode, String address) {
    List<UnsupportedArgument> unsupported = List.of();
    List<BodyItem> items = block.body().items();
    for (int i = 0; i < items.size(); i++) {
      BodyItem item = items.get(i);
      UnsupportedArgument found = null;
      if (item instanceof Attribute attribute && !DivisionSchema.acceptsArgument(mode, attribute.name())) {
        found = new UnsupportedArgument(address, attribute.name(), false,
            attribute.position().file(), attribute.position().line());
      } else if (item instanceof Block nested && !DivisionSchema.acceptsBlock(mode, nested.type())) {
        found = new UnsupportedArgument(address, nested.type(), true,
            nested.position().file(), nested.position().line());
      }
      if (found != null) {
        if (unsupported.isEmpty()) {
          unsupported = new ArrayList<>();
        }
        unsupported.add(found);
      }
    }
    return unsupported;
  }

  /**
   * One instance key.
   *
   * @param addressKey the key in the address: an Integer, a String, or null
   * @param each each.key and each.value, or null
   * @param countIndex count.index, or null
   */
  private record Key(Object addressKey, Map.Entry<Value, Value> each, Value countIndex) {}

  /** The instance keys of a block, or why they are unknown. */
  private record Expansion(List<Key> keys, String unknownReason) {}

  /** The expansion of a block without count or for_each: one instance, with no key. */
  private static final Expansion SINGLE = new Expansion(List.of(new Key(null, null, null)), null);

  private static Expansion expansion(Block block, Context context) {
    Optional<Attribute> count = block.body().attribute("count");
    Optional<Attribute> forEach = block.body().attribute("for_each");
    if (count.isPresent() && forEach.isPresent()) {
      throw new EvaluationError(forEach.get().position(), "count and for_each cannot both be set on one block");
    }
    if (count.isPresent()) {
      return expansionByCount(count.get().expression(), context);
    }
    if (forEach.isPresent()) {
      return expansionByForEach(forEach.get().expression(), context);
    }
    return SINGLE;
  }

  private static Expansion expansionByCount(Expression expression, Context context) {
    Value value = evaluate(expression, context);
    if (value instanceof Value.Unknown unknown) {
      return new Expansion(List.of(), "count is not known before apply: " + unknown.reason());
    }
    if (value instanceof Value.Null) {
      throw new EvaluationError(expression.position(), "count is null; it must be a whole number, 0 or more");
    }
    Value.Num number = toNumber(value, expression);
    if (!number.isWhole() || number.value().signum() < 0) {
      throw new EvaluationError(expression.position(), "count must be a whole number, 0 or more, not " + number.text());
    }
    if (number.value().compareTo(java.math.BigDecimal.valueOf(MAX_INSTANCES)) > 0) {
      throw new EvaluationError(expression.position(), "count is " + number.text() + "; the plugin reads at most "
          + MAX_INSTANCES + " instances of a block");
    }
    List<Key> keys = new ArrayList<>();
    for (int i = 0; i < number.value().intValue(); i++) {
      keys.add(new Key(i, null, Value.Num.of(i)));
    }
    return new Expansion(keys, null);
  }

  private static Expansion expansionByForEach(Expression expression, Context context) {
    Value value = evaluate(expression, context);
    if (value instanceof Value.Unknown unknown) {
      return new Expansion(List.of(), "for_each is not known before apply: " + unknown.reason());
    }
    List<Key> keys = new ArrayList<>();
    if (value instanceof Value.Struct struct) {
      for (Map.Entry<String, Value> entry : struct.attributes().entrySet()) {
        keys.add(new Key(entry.getKey(), Map.entry(new Value.Str(entry.getKey()), entry.getValue()), null));
      }
    } else if (value instanceof Value.Seq seq && seq.kind() == Value.SeqKind.SET) {
      for (Value element : seq.elements()) {
        if (element instanceof Value.Unknown unknown) {
          return new Expansion(List.of(), "for_each is not known before apply: " + unknown.reason());
        }
        if (!(element instanceof Value.Str string)) {
          throw new EvaluationError(expression.position(), "for_each over a set needs a set of strings, and this set holds a "
              + element.typeName());
        }
        keys.add(new Key(string.value(), Map.entry(string, string), null));
      }
    } else if (value instanceof Value.Null) {
      throw new EvaluationError(expression.position(), "for_each is null; it must be a map, or a set of strings");
    } else {
      throw new EvaluationError(expression.position(), "for_each must be a map, or a set of strings, and this is a "
          + value.typeName() + (value instanceof Value.Seq ? "; convert it with toset(...) or build a map with a for expression" : ""));
    }
    if (keys.size() > MAX_INSTANCES) {
      throw new EvaluationError(expression.position(), "for_each has " + keys.size() + " elements; the plugin reads at most "
          + MAX_INSTANCES + " instances of a block");
    }
    return new Expansion(keys, null);
  }

  private static Value.Num toNumber(Value value, Expression expression) {
    if (value instanceof Value.Num number) {
      return number;
    }
    if (value instanceof Value.Str s) {
      Value.Num parsed = null;
      try {
        parsed = new Value.Num(new java.math.BigDecimal(s.value().strip()));
      } catch (NumberFormatException e) {
        throw new EvaluationError(expression.position(), "count must be a number, not \"" + s.value() + "\"");
      }
      return parsed;
    }
    throw new EvaluationError(expression.position(), "count must be a whole number, not a " + value.typeName());
  }

  private void collectModule(Block call, ConfigurationLoader.Results results)
      throws TerraformEvaluationException, IOException, TerraformSyntaxException {
    String name = call.labels().get(0);
    String childCallPath = (callPath.isEmpty() ? "" : callPath + ".") + "module." + name;
    if (depth >= MAX_MODULE_DEPTH) {
      throw new TerraformEvaluationException(call.position(), "modules nest more than " + MAX_MODULE_DEPTH
          + " levels deep here; does a module call itself?");
    }
    Optional<ModuleSource> child = loader.moduleSource(source, call, childCallPath);
    if (child.isEmpty()) {
      return;
    }
    ModuleSource childSource = child.get();
    String childBase = (address.isEmpty() ? "" : address + ".") + "module." + name;
    if (mode != Mode.NORMAL) {
      new ModuleInstance(loader, childSource, childBase, childCallPath, Map.of(), mode, unknownReason, depth + 1).collect(results);
      return;
    }
    Expansion expansion;
    try {
      expansion = expansion(call, this);
    } catch (EvaluationError e) {
      throw e.toException();
    }
    if (expansion.unknownReason() != null) {
      new ModuleInstance(loader, childSource, childBase, childCallPath, Map.of(), Mode.UNKNOWN,
          "module." + name + "'s " + expansion.unknownReason(), depth + 1).collect(results);
      return;
    }
    if (expansion.keys().isEmpty()) {
      new ModuleInstance(loader, childSource, childBase, childCallPath, Map.of(), Mode.NONE, null, depth + 1).collect(results);
      return;
    }
    for (Attribute argument : call.body().attributes()) {
      if (!MODULE_META.contains(argument.name()) && !childSource.variables().containsKey(argument.name())) {
        throw new TerraformEvaluationException(argument.position(), "module." + name + " has no variable named \""
            + argument.name() + "\" (" + childSource.relativeDirectory() + " declares "
            + (childSource.variables().isEmpty() ? "none" : String.join(", ", new java.util.TreeSet<>(childSource.variables().keySet()))) + ")");
      }
    }
    for (Key key : expansion.keys()) {
      Context context = instanceContext(key.each(), key.countIndex());
      Map<String, Value> given = new HashMap<>();
      try {
        for (Attribute argument : call.body().attributes()) {
          if (!MODULE_META.contains(argument.name())) {
            given.put(argument.name(), evaluate(argument.expression(), context));
          }
        }
      } catch (EvaluationError e) {
        throw e.toException();
      }
      String childAddress = childBase + Addresses.indexSuffix(key.addressKey());
      Map<String, Value> childVariables;
      try {
        childVariables = loader.variables(childSource, given, call, childAddress);
      } catch (EvaluationError e) {
        throw e.toException();
      }
      new ModuleInstance(loader, childSource, childAddress, childCallPath, childVariables, Mode.NORMAL, null, depth + 1)
          .collect(results);
    }
  }

  /** The literal text of a module's {@code source}, or an error. */
  static String sourceText(Block call) throws TerraformEvaluationException {
    Optional<Attribute> attribute = call.body().attribute("source");
    if (attribute.isEmpty()) {
      throw new TerraformEvaluationException(call.position(), "module." + call.labels().get(0) + " has no source argument");
    }
    if (!(attribute.get().expression() instanceof TemplateExpression template) || template.literalValue().isEmpty()) {
      throw new TerraformEvaluationException(attribute.get().expression().position(),
          "a module's source must be a literal string, without references");
    }
    return template.literalValue().get();
  }
}
