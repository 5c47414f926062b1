package io.github.genesysdivisions.report;

import static io.github.genesysdivisions.report.ReportFixtures.G1;
import static io.github.genesysdivisions.report.ReportFixtures.G3;
import static io.github.genesysdivisions.report.ReportFixtures.TERRAFORM_DIRECTORY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.genesysdivisions.check.CheckResult;
import io.github.genesysdivisions.check.Finding;
import io.github.genesysdivisions.check.FindingKind;
import io.github.genesysdivisions.terraform.DeclarationMode;
import io.github.genesysdivisions.terraform.DivisionInstance;
import io.github.genesysdivisions.terraform.TerraformConfiguration;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportJsonTest {

  @Test
  void writesTheContractsShapeWithNullsPresent() {
    String json = new String(ReportJson.render(ReportFixtures.small(), "0.1.0"), StandardCharsets.UTF_8);

    assertEquals("""
        {
          "tool" : "genesys-divisions-maven-plugin",
          "version" : "0.1.0",
          "terraformDirectory" : "/work/infra/terraform",
          "source" : "api",
          "summary" : {
            "instances" : 4,
            "blocking" : 2,
            "byKind" : {
              "CREATE" : 1,
              "CONFLICT" : 1,
              "STALE_STATE" : 1
            }
          },
          "findings" : [ {
            "kind" : "CONFLICT",
            "address" : "genesyscloud_auth_division.eng",
            "name" : "Engineering",
            "divisionId" : "%1$s",
            "blocking" : true,
            "file" : "main.tf",
            "line" : 3,
            "message" : "The org already has a division named \\"Engineering\\" (%1$s) that the state does not hold.",
            "remedy" : "terraform import 'genesyscloud_auth_division.eng' %1$s"
          }, {
            "kind" : "CREATE",
            "address" : "genesyscloud_auth_division.mkt",
            "name" : "Marketing",
            "divisionId" : null,
            "blocking" : false,
            "file" : "main.tf",
            "line" : 8,
            "message" : "No division named \\"Marketing\\" exists in the org: apply creates it.",
            "remedy" : null
          }, {
            "kind" : "STALE_STATE",
            "address" : "module.region[\\"emea\\"].genesyscloud_auth_division.this",
            "name" : "EMEA",
            "divisionId" : "%2$s",
            "blocking" : true,
            "file" : "modules/region/main.tf",
            "line" : 1,
            "message" : "The state holds a division that no longer exists, and \\"EMEA\\" is now held by %2$s.",
            "remedy" : "terraform state rm 'module.region[\\"emea\\"].genesyscloud_auth_division.this' && terraform import 'module.region[\\"emea\\"].genesyscloud_auth_division.this' %2$s"
          } ]
        }
        """.formatted(G1, G3), json);
  }

  @Test
  void writesAnEmptyResult() {
    CheckResult empty = new CheckResult(TERRAFORM_DIRECTORY, "offline",
        new TerraformConfiguration(List.of(), List.of()), List.of(), List.of("offline"));

    String json = new String(ReportJson.render(empty, "0.1.0-SNAPSHOT"), StandardCharsets.UTF_8);

    assertEquals("""
        {
          "tool" : "genesys-divisions-maven-plugin",
          "version" : "0.1.0-SNAPSHOT",
          "terraformDirectory" : "/work/infra/terraform",
          "source" : "offline",
          "summary" : {
            "instances" : 0,
            "blocking" : 0,
            "byKind" : { }
          },
          "findings" : [ ]
        }
        """, json);
  }

  @Test
  void writesAnUnresolvedFindingWithANullName() throws Exception {
    String address = "genesyscloud_auth_division.x[\"say \\\"hi\\\"\"]";
    CheckResult result = new CheckResult(TERRAFORM_DIRECTORY, "snapshot",
        new TerraformConfiguration(
            List.of(new DivisionInstance(address, DeclarationMode.RESOURCE, null, "unknown", false, "main.tf", 4)),
            List.of()),
        List.of(new Finding(FindingKind.UNRESOLVED, address, null, null, false, "main.tf", 4,
            "The name cannot be known before apply: it reads\nrandom_pet.p.id, Zürich.", null)),
        List.of());

    JsonNode finding = new ObjectMapper().readTree(ReportJson.render(result, "0.1.0")).get("findings").get(0);

    List<String> fields = new ArrayList<>();
    finding.fieldNames().forEachRemaining(fields::add);
    assertEquals(
        List.of("kind", "address", "name", "divisionId", "blocking", "file", "line", "message", "remedy"),
        fields);
    assertEquals(address, finding.get("address").textValue());
    assertEquals(true, finding.get("name").isNull());
    assertEquals(true, finding.get("divisionId").isNull());
    assertEquals(true, finding.get("remedy").isNull());
    assertEquals("The name cannot be known before apply: it reads\nrandom_pet.p.id, Zürich.",
        finding.get("message").textValue());
  }
}
