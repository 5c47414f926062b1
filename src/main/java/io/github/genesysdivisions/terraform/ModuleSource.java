package io.github.genesysdivisions.terraform;

import io.github.genesysdivisions.terraform.hcl.Attribute;
import io.github.genesysdivisions.terraform.hcl.Block;
import io.github.genesysdivisions.terraform.hcl.Body;
import io.github.genesysdivisions.terraform.hcl.BodyItem;
import io.github.genesysdivisions.terraform.hcl.Parser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/**
 * The declarations of one module directory: every {@code .tf} and {@code .tf.json} file, with the
 * override files ({@code override.tf}, {@code *_override.tf} and their JSON forms) merged into them
 * as Terraform does.
 *
 * @param directory the module's directory
 * @param relativeDirectory the directory relative to the root module, with {@code /}; {@code .} for
 *     the root
 * @param variables {@code variable} blocks by name
 * @param locals {@code locals} attributes by name
 * @param resources {@code resource} blocks, in file order
 * @param dataSources {@code data} blocks, in file order
 * @param moduleCalls {@code module} blocks, in file order
 * @param outputs {@code output} blocks by name
 */
record ModuleSource(
    Path directory,
    String relativeDirectory,
    Map<String, Block> variables,
    Map<String, Attribute> locals,
    List<Block> resources,
    List<Block> dataSources,
    List<Block> moduleCalls,
    Map<String, Block> outputs) {

  /** Reads a module directory. */
  static ModuleSource read(Path directory, String relativeDirectory) throws IOException, TerraformSyntaxException {
    List<Path> files = configurationFiles(directory);
    List<Block> primary = new ArrayList<>();
    List<Block> overrides = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String relative = relativeDirectory.equals(".") ? name : relativeDirectory + "/" + name;
      Body body = parse(file, relative);
      if (!body.attributes().isEmpty()) {
        Attribute stray = body.attributes().get(0);
        throw new TerraformSyntaxException(stray.position(), "an argument \"" + stray.name()
            + "\" is not expected at the top level of a configuration file; only blocks are");
      }
      (isOverride(name) ? overrides : primary).addAll(body.blocks());
    }
    Map<String, Block> blocks = new LinkedHashMap<>();
    Map<String, Attribute> locals = new LinkedHashMap<>();
    for (Block block : primary) {
      if (block.type().equals("locals")) {
        for (Attribute local : block.body().attributes()) {
          Attribute previous = locals.putIfAbsent(local.name(), local);
          if (previous != null) {
            throw new TerraformSyntaxException(local.position(), "local." + local.name()
                + " was already defined at " + previous.position());
          }
        }
        continue;
      }
      String key = key(block);
      if (key == null) {
        continue;
      }
      Block previous = blocks.putIfAbsent(key, block);
      if (previous != null) {
        throw new TerraformSyntaxException(block.position(), describe(block) + " was already declared at "
            + previous.position().file() + ":" + previous.position().line());
      }
    }
    for (Block override : overrides) {
      if (override.type().equals("locals")) {
        for (Attribute local : override.body().attributes()) {
          if (!locals.containsKey(local.name())) {
            throw new TerraformSyntaxException(local.position(), "the override file sets local." + local.name()
                + ", which no other file defines");
          }
          locals.put(local.name(), local);
        }
        continue;
      }
      String key = key(override);
      if (key == null) {
        continue;
      }
      Block base = blocks.get(key);
      if (base == null) {
        throw new TerraformSyntaxException(override.position(), "the override file declares " + describe(override)
            + ", which no other file declares; an override file can only change existing blocks");
      }
      blocks.put(key, merge(base, override));
    }
    Map<String, Block> variables = new LinkedHashMap<>();
    List<Block> resources = new ArrayList<>();
    List<Block> dataSources = new ArrayList<>();
    List<Block> modules = new ArrayList<>();
    Map<String, Block> outputs = new LinkedHashMap<>();
    for (Block block : blocks.values()) {
      switch (block.type()) {
        case "output" -> outputs.put(block.labels().get(0), block);
        case "variable" -> variables.put(block.labels().get(0), block);
        case "resource" -> resources.add(block);
        case "data" -> dataSources.add(block);
        case "module" -> modules.add(block);
        default -> { }
      }
    }
    return new ModuleSource(directory, relativeDirectory, Map.copyOf(variables), locals,
        List.copyOf(resources), List.copyOf(dataSources), List.copyOf(modules), Map.copyOf(outputs));
  }

  /** The identity of a block that override files can change, or null for blocks not tracked. */
  private static String key(Block block) throws TerraformSyntaxException {
    int labels = switch (block.type()) {
      case "resource", "data" -> 2;
      case "variable", "module", "output" -> 1;
      default -> -1;
    };
    if (labels < 0) {
      return null;
    }
    if (block.labels().size() != labels) {
      throw new TerraformSyntaxException(block.position(), "expected " + labels + " label" + (labels == 1 ? "" : "s")
          + " on the " + block.type() + " block but found " + block.labels().size());
    }
    List<String> blockLabels = block.labels();
    return labels == 1 ? block.type() + " " + blockLabels.get(0)
        : block.type() + " " + blockLabels.get(0) + " " + blockLabels.get(1);
  }

  private static String describe(Block block) {
    return switch (block.type()) {
      case "resource" -> block.labels().get(0) + "." + block.labels().get(1);
      case "data" -> "data." + block.labels().get(0) + "." + block.labels().get(1);
      case "module" -> "module." + block.labels().get(0);
      case "variable" -> "var." + block.labels().get(0);
      default -> block.type() + " \"" + String.join("\" \"", block.labels()) + "\"";
    };
  }

  /**
   * Terraform's override merge: each argument of the override replaces the base's argument of that
   * name (or is added); nested blocks of a type the override has replace all the base's blocks of
   * that type. The block keeps the base's place.
   */
  static Block merge(Block base, Block override) {
    List<BodyItem> items = new ArrayList<>();
    List<String> overriddenBlockTypes = new ArrayList<>();
    for (Block block : override.body().blocks()) {
      overriddenBlockTypes.add(block.type());
    }
    for (BodyItem item : base.body().items()) {
      if (item instanceof Attribute attribute) {
        Optional<Attribute> replacement = override.body().attribute(attribute.name());
        items.add(replacement.isPresent() ? replacement.get() : attribute);
      } else if (!overriddenBlockTypes.contains(((Block) item).type())) {
        items.add(item);
      }
    }
    for (BodyItem item : override.body().items()) {
      if (item instanceof Attribute attribute) {
        if (base.body().attribute(attribute.name()).isEmpty()) {
          items.add(attribute);
        }
      } else {
        items.add(item);
      }
    }
    return new Block(base.type(), base.labels(), new Body(items, base.body().position()), base.position());
  }

  static boolean isOverride(String name) {
    String stem = name.endsWith(".tf.json") ? name.substring(0, name.length() - 8) : name.substring(0, name.length() - 3);
    return stem.equals("override") || stem.endsWith("_override");
  }

  /** Parses a {@code .tf} or {@code .tf.json} file. */
  static Body parse(Path file, String relativeName) throws IOException, TerraformSyntaxException {
    String source = readText(file);
    return relativeName.endsWith(".json")
        ? JsonConfiguration.parse(source, relativeName)
        : Parser.parseConfig(source, relativeName);
  }

  static String readText(Path file) throws IOException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new IOException(file + " is not UTF-8 text, which Terraform requires", e);
    }
  }

  private static List<Path> configurationFiles(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      throw new NoSuchFileException(directory.toString(), null, "no such directory");
    }
    if (!Files.isDirectory(directory)) {
      throw new FileSystemException(directory.toString(), null, "not a directory");
    }
    TreeMap<String, Path> files = new TreeMap<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        if (isConfigurationFile(entry)) {
          files.put(entry.getFileName().toString(), entry);
        }
      }
    }
    return new ArrayList<>(files.values());
  }

  /** A {@code .tf} or {@code .tf.json} file that Terraform would read: not hidden, a regular file. */
  private static boolean isConfigurationFile(Path path) {
    String name = path.getFileName().toString();
    return (name.endsWith(".tf") || name.endsWith(".tf.json")) && !name.startsWith(".")
        && !name.startsWith("#") && !name.endsWith("~") && Files.isRegularFile(path);
  }
}
