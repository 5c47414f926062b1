package io.github.genesysdivisions.check;

import io.github.genesysdivisions.genesys.DivisionCapacity;
import io.github.genesysdivisions.genesys.OrgDivision;
import io.github.genesysdivisions.state.StateEntry;
import io.github.genesysdivisions.terraform.Addresses;
import io.github.genesysdivisions.terraform.DivisionInstance;
import io.github.genesysdivisions.terraform.UnsupportedArgument;
import java.util.Optional;

/** One method per finding kind: its blocking rule, division id, message and remedy. */
final class Rules {

  private static final String APPLY_409 = "terraform apply would fail with 409 Conflict";

  private static final String IMPORT = "terraform import ";
  private static final String STATE_RM = "terraform state rm ";

  /** How a remedy begins that moves a division within the state rather than importing it. */
  static final String STATE_MV = "terraform state mv ";

  private final CheckOptions options;

  Rules(CheckOptions options) {
    this.options = options;
  }

  Finding create(DivisionInstance instance) {
    return finding(FindingKind.CREATE, instance, null, false,
        "No division named " + quoted(instance.name()) + " exists in the org: apply creates it.", null);
  }

  Finding managed(DivisionInstance instance, OrgDivision division, boolean tainted) {
    return finding(FindingKind.MANAGED, instance, division.id(), false,
        "The state's division " + division.id() + " exists in the org."
            + (tainted ? " It is tainted: apply will delete it and create " + quoted(instance.name())
                + " again (with create_before_destroy the create comes first and fails with 409"
                + " Conflict)." : ""),
        null);
  }

  Finding home(DivisionInstance instance, Optional<OrgDivision> home) {
    String which = home.map(h -> " " + quoted(h.name()) + " (" + h.id() + ")").orElse("");
    return finding(FindingKind.HOME, instance, home.map(OrgDivision::id).orElse(null), false,
        "home = true: the provider adopts the org's home division" + which
            + " and sets its name; it never creates a division.", null);
  }

  Finding conflict(DivisionInstance instance, OrgDivisions.NameMatch holder) {
    OrgDivision division = holder.division();
    return finding(FindingKind.CONFLICT, instance, division.id(), true,
        "The org already has a division named " + quoted(division.name()) + " (" + division.id()
            + ") that the state does not hold" + caseNote(instance, holder) + ": " + APPLY_409 + ".",
        IMPORT + ShellQuoting.quote(instance.address()) + " " + division.id());
  }

  Finding conflictManagedElsewhere(
      DivisionInstance instance, OrgDivisions.NameMatch holder, StateEntry other) {
    OrgDivision division = holder.division();
    return finding(FindingKind.CONFLICT, instance, division.id(), true,
        "The org already has a division named " + quoted(division.name()) + " (" + division.id()
            + "), and this state manages it as " + other.address() + caseNote(instance, holder)
            + ": " + APPLY_409 + ".",
        STATE_MV + ShellQuoting.quote(other.address()) + " "
            + ShellQuoting.quote(instance.address()) + " (or a moved block) if " + other.address()
            + " is to go, rather than an import; else choose another name");
  }

  Finding homeName(DivisionInstance instance, OrgDivisions.NameMatch holder) {
    OrgDivision division = holder.division();
    return finding(FindingKind.HOME_NAME, instance, division.id(), true,
        quoted(division.name()) + " is the name of the org's home division (" + division.id() + ")"
            + caseNote(instance, holder) + ": " + APPLY_409 + ".",
        "set home = true on " + instance.address() + " so the provider adopts the home division");
  }

  Finding staleState(
      DivisionInstance instance, StateEntry entry, Optional<OrgDivisions.NameMatch> holder) {
    if (holder.isEmpty()) {
      return finding(FindingKind.STALE_STATE, instance, null, false,
          "The state holds division " + entry.id() + ", which no longer exists in the org: apply"
              + " will create " + quoted(instance.name()) + " again.", null);
    }
    OrgDivision division = holder.get().division();
    String address = ShellQuoting.quote(instance.address());
    return finding(FindingKind.STALE_STATE, instance, division.id(), true,
        "The state holds division " + entry.id() + ", which no longer exists in the org, and "
            + quoted(instance.name()) + " is now held by division " + division.id()
            + caseNote(instance, holder.get()) + ": " + APPLY_409 + ".",
        STATE_RM + address + " && " + IMPORT + address + " " + division.id());
  }

  Finding renameConflict(
      DivisionInstance instance, OrgDivision managed, OrgDivisions.NameMatch holder) {
    OrgDivision other = holder.division();
    return finding(FindingKind.RENAME_CONFLICT, instance, other.id(), true,
        "The state's division " + managed.id() + " is named " + quoted(managed.name())
            + ", and the configured name " + quoted(instance.name()) + " is held by another division ("
            + other.id() + ")" + caseNote(instance, holder) + ": " + APPLY_409 + ".",
        "choose another name, or rename or delete division " + other.id() + " by hand");
  }

  Finding drift(DivisionInstance instance, StateEntry entry, OrgDivision division) {
    return finding(FindingKind.DRIFT, instance, division.id(), false,
        "Division " + division.id() + " was renamed outside Terraform from " + quoted(entry.name())
            + " to " + quoted(division.name()) + ".",
        "plan will rename it back to " + quoted(instance.name()));
  }

  Finding duplicate(DivisionInstance instance, DivisionInstance first) {
    String caseNote = instance.name().equals(first.name()) ? ""
        : " (the names differ only in letter case)";
    return finding(FindingKind.DUPLICATE, instance, null, true,
        quoted(instance.name()) + " is also the name of " + first.address() + " (" + first.file() + ":"
            + first.line() + ")" + caseNote + ": the second create would fail with 409 Conflict.",
        "rename one of them");
  }

  Finding missingLookup(DivisionInstance lookup) {
    return finding(FindingKind.MISSING_LOOKUP, lookup, null, true,
        "The org has no division named " + quoted(lookup.name()) + ": terraform plan would fail.",
        "create the division in the org, or fix the name");
  }

  Finding limitExceeded(Finding create, DivisionCapacity capacity, long creates) {
    return new Finding(FindingKind.LIMIT_EXCEEDED, create.address(), create.name(), null, true,
        create.file(), create.line(),
        "The org has " + capacity.count() + " divisions and may have " + capacity.limit() + ": "
            + "only " + capacity.free() + " of the " + creates + " creates fit, and this one would"
            + " fail.",
        "ask Genesys Cloud for a higher division limit, or create fewer divisions");
  }

  Finding unsupportedArgument(UnsupportedArgument argument) {
    String what = (argument.block() ? "nested block " : "argument ") + quoted(argument.argument());
    String why = switch (argument.argument()) {
      case "external_id" -> " Divisions have no external id: they are matched by name.";
      case "parent_id", "parent", "parent_division_id" ->
          " Divisions are flat in a Genesys Cloud org: there is no parent or hierarchy.";
      default -> "";
    };
    String accepted = argument.address().startsWith("data.")
        ? "The data source takes only name."
        : "The resource takes only name, description and home.";
    return new Finding(FindingKind.UNSUPPORTED_ARGUMENT, argument.address(), null, null, true,
        argument.file(), argument.line(),
        "genesyscloud_auth_division has no " + what + ": terraform plan would fail with"
            + " \"Unsupported " + (argument.block() ? "block type" : "argument") + "\". " + accepted
            + why,
        "remove " + argument.argument() + " from " + argument.address());
  }

  Finding unresolved(DivisionInstance instance) {
    return finding(FindingKind.UNRESOLVED, instance, null, options.failOnUnresolved(),
        "The name cannot be known before apply: " + instance.unresolvedReason() + ".", null);
  }

  private String caseNote(DivisionInstance instance, OrgDivisions.NameMatch holder) {
    return holder.caseOnly()
        ? " (it differs from " + quoted(instance.name()) + " only in letter case; names that differ"
            + " only in case collide unless -Dgenesys.divisions.caseSensitiveNames=true)"
        : "";
  }

  /**
   * A name as an HCL string, as Terraform would print it: quotes, backslashes, newlines, control
   * and other unprintable characters are escaped, so a name can neither break a console line nor
   * forge one.
   */
  private static String quoted(String name) {
    return Addresses.quote(name);
  }

  private static Finding finding(FindingKind kind, DivisionInstance instance, String divisionId,
      boolean blocking, String message, String remedy) {
    return new Finding(kind, instance.address(), instance.name(), divisionId, blocking,
        instance.file(), instance.line(), message, remedy);
  }
}
