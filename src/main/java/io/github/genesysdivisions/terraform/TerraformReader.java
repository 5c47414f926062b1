package io.github.genesysdivisions.terraform;

import io.github.genesysdivisions.terraform.hcl.Attribute;
import io.github.genesysdivisions.terraform.hcl.Block;
import io.github.genesysdivisions.terraform.hcl.Body;
import io.github.genesysdivisions.terraform.hcl.BoolLiteral;
import io.github.genesysdivisions.terraform.hcl.Expression;
import io.github.genesysdivisions.terraform.hcl.ExpressionFormatter;
import io.github.genesysdivisions.terraform.hcl.Parser;
import io.github.genesysdivisions.terraform.hcl.TemplateExpression;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the {@code genesyscloud_auth_division} resources and data sources that the {@code .tf}
 * files of a Terraform root module declare.
 *
 * <p>Every {@code .tf} file directly in the directory is parsed in full (so any syntax error is
 * reported), in file name order. A name is known when it is written as literal text; a name that
 * is an expression, and the instances of a block with {@code count} or {@code for_each}, are
 * reported as unresolved, with the reason and the place. Modules are not read.
 */
public final class TerraformReader {

  private static final int MAX_EXPRESSION_TEXT = 60;

  /**
   * Reads the division declarations of a root module.
   *
   * @param terraformDirectory the directory holding the root module's {@code .tf} files
   * @return the resources and data sources, each sorted by address
   * @throws IOException when the directory or a file cannot be read; a missing directory is a
   *     {@link NoSuchFileException} whose message says how to point the plugin elsewhere
   * @throws TerraformSyntaxException at the first syntax error, or at a division block Terraform
   *     would reject (wrong labels, an address declared twice)
   */
  public TerraformConfiguration read(Path terraformDirectory)
      throws IOException, TerraformSyntaxException {
    List<DivisionInstance> resources = new ArrayList<>();
    List<DivisionInstance> dataSources = new ArrayList<>();
    List<UnsupportedArgument> unsupported = new ArrayList<>();
    Map<String, SourcePosition> declared = new HashMap<>();
    for (Path file : configurationFiles(terraformDirectory)) {
      String name = file.getFileName().toString();
      for (Block block : parseFile(file, name).blocks()) {
        DeclarationMode mode = divisionMode(block);
        if (mode != null) {
          DivisionInstance instance = instance(block, mode, name);
          SourcePosition previous = declared.putIfAbsent(instance.address(), block.position());
          if (previous != null) {
            throw new TerraformSyntaxException(block.position(), instance.address()
                + " was already declared at " + previous.file() + ":" + previous.line());
          }
          (mode == DeclarationMode.RESOURCE ? resources : dataSources).add(instance);
          unsupported.addAll(unsupportedArguments(block, mode, instance.address(), name));
        }
      }
    }
    resources.sort(Comparator.comparing(DivisionInstance::address));
    dataSources.sort(Comparator.comparing(DivisionInstance::address));
    unsupported.sort(Comparator.comparing(UnsupportedArgument::address)
        .thenComparing(UnsupportedArgument::line));
    return new TerraformConfiguration(resources, dataSources, unsupported);
  }

  /** The arguments and nested blocks of a division block that the real schema does not have. */
  private static List<UnsupportedArgument> unsupportedArguments(
      Block block, DeclarationMode mode, String address, String file) {
    List<UnsupportedArgument> unsupported = new ArrayList<>();
    for (Attribute attribute : block.body().attributes()) {
      if (!DivisionSchema.acceptsArgument(mode, attribute.name())) {
        unsupported.add(new UnsupportedArgument(
            address, attribute.name(), false, file, attribute.position().line()));
      }
    }
    for (Block nested : block.body().blocks()) {
      if (!DivisionSchema.acceptsBlock(mode, nested.type())) {
        unsupported.add(new UnsupportedArgument(
            address, nested.type(), true, file, nested.position().line()));
      }
    }
    return unsupported;
  }

  /**
   * Parses one configuration file into its syntax tree.
   *
   * @param file the file, read as UTF-8
   * @param relativeName the name positions carry: relative to the Terraform directory, with
   *     {@code /}
   */
  public static Body parseFile(Path file, String relativeName)
      throws IOException, TerraformSyntaxException {
    String source;
    try {
      source = Files.readString(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new IOException(file + " is not UTF-8 text, which Terraform requires", e);
    }
    return Parser.parseConfig(source, relativeName);
  }

  private static List<Path> configurationFiles(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      throw new NoSuchFileException(directory.toString(), null, "no such directory");
    }
    if (!Files.isDirectory(directory)) {
      throw new FileSystemException(directory.toString(), null, "not a directory");
    }
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(TerraformReader::isConfigurationFile)
          .sorted(Comparator.comparing(path -> path.getFileName().toString()))
          .toList();
    }
  }

  /** A {@code .tf} file that Terraform would read: not hidden, and a regular file. */
  private static boolean isConfigurationFile(Path path) {
    String name = path.getFileName().toString();
    return name.endsWith(".tf") && !name.startsWith(".") && Files.isRegularFile(path);
  }

  /** The mode of a {@code genesyscloud_auth_division} resource or data block; else null. */
  private static DeclarationMode divisionMode(Block block) throws TerraformSyntaxException {
    DeclarationMode mode = switch (block.type()) {
      case "resource" -> DeclarationMode.RESOURCE;
      case "data" -> DeclarationMode.DATA;
      default -> null;
    };
    List<String> labels = block.labels();
    if (mode == null || labels.isEmpty() || !labels.get(0).equals(Addresses.DIVISION_TYPE)) {
      return null;
    }
    if (labels.size() != 2) {
      throw new TerraformSyntaxException(block.position(), "expected 2 labels (the type and the"
          + " name) on the " + block.type() + " block but found " + labels.size());
    }
    return mode;
  }

  private static DivisionInstance instance(Block block, DeclarationMode mode, String file) {
    String address =
        Addresses.instance(null, mode, Addresses.DIVISION_TYPE, block.labels().get(1), null);
    Body body = block.body();
    boolean home = body.attribute("home")
        .map(attribute -> attribute.expression() instanceof BoolLiteral bool && bool.value())
        .orElse(false);
    Optional<Attribute> expansion = body.attribute("count").or(() -> body.attribute("for_each"));
    Optional<Attribute> nameAttribute = body.attribute("name");
    String name = null;
    String unresolvedReason;
    if (expansion.isPresent()) {
      SourcePosition at = expansion.get().position();
      unresolvedReason = "count/for_each expansion is not evaluated yet (" + at.file() + ":"
          + at.line() + ")";
    } else if (nameAttribute.isEmpty()) {
      unresolvedReason = "name is not set (" + block.position() + ")";
    } else {
      Expression expression = nameAttribute.get().expression();
      name = expression instanceof TemplateExpression template
          ? template.literalValue().orElse(null)
          : null;
      unresolvedReason = name != null ? null : "name is an expression (" + text(expression)
          + ") that is not evaluated yet (" + expression.position() + ")";
    }
    return new DivisionInstance(
        address, mode, name, unresolvedReason, home, file, block.position().line());
  }

  private static String text(Expression expression) {
    String text = ExpressionFormatter.format(expression);
    return text.length() <= MAX_EXPRESSION_TEXT
        ? text
        : text.substring(0, MAX_EXPRESSION_TEXT - 3) + "...";
  }
}
