package io.github.genesysdivisions.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionsTest {

  @ParameterizedTest
  @CsvSource({
    "us-east-1, https://api.mypurecloud.com",
    "us-east-2, https://api.use2.us-gov-pure.cloud",
    "us-west-2, https://api.usw2.pure.cloud",
    "eu-west-1, https://api.mypurecloud.ie",
    "eu-west-2, https://api.euw2.pure.cloud",
    "eu-central-1, https://api.mypurecloud.de",
    "eu-central-2, https://api.euc2.pure.cloud",
    "ap-southeast-2, https://api.mypurecloud.com.au",
    "ap-northeast-1, https://api.mypurecloud.jp",
    "ap-northeast-2, https://api.apne2.pure.cloud",
    "ap-northeast-3, https://api.apne3.pure.cloud",
    "ap-south-1, https://api.aps1.pure.cloud",
    "ap-southeast-1, https://api.apse1.pure.cloud",
    "ca-central-1, https://api.cac1.pure.cloud",
    "sa-east-1, https://api.sae1.pure.cloud",
    "me-central-1, https://api.mec1.pure.cloud",
    "mx-central-1, https://api.mxc1.pure.cloud",
    "eusc-de-east-1, https://api.edee1.eusc-pure.cloud",
    "EU-West-1, https://api.mypurecloud.ie",
    "' ca-central-1 ', https://api.cac1.pure.cloud"
  })
  void regionGivesApiUrl(String region, String apiUrl) throws GenesysException {
    assertEquals(apiUrl, Regions.apiUrl(region));
  }

  @Test
  void everyRegionIsListed() {
    assertEquals(18, Regions.names().size());
    assertEquals("us-east-1", Regions.names().get(0));
    assertEquals("eusc-de-east-1", Regions.names().get(17));
  }

  @Test
  void unknownRegionListsTheValidNamesAndTheParameter() {
    GenesysException e =
        assertThrows(GenesysException.class, () -> Regions.apiUrl("mypurecloud.com"));

    assertEquals(
        "Unknown Genesys Cloud region \"mypurecloud.com\". Set -Dgenesys.divisions.region (or the"
            + " environment variable GENESYSCLOUD_REGION) to one of us-east-1, us-east-2,"
            + " us-west-2, eu-west-1, eu-west-2, eu-central-1, eu-central-2, ap-southeast-2,"
            + " ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-southeast-1,"
            + " ca-central-1, sa-east-1, me-central-1, mx-central-1, eusc-de-east-1; or set"
            + " -Dgenesys.divisions.apiUrl to the API base URL.",
        e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "https://api.mypurecloud.ie, https://login.mypurecloud.ie",
    "https://API.mypurecloud.de, https://login.mypurecloud.de",
    "http://api.localtest.me:8080, http://login.localtest.me:8080",
    "https://api.example.com:8443/genesys, https://login.example.com:8443/genesys",
    "https://api.api.example.com, https://login.api.example.com"
  })
  void loginUrlReplacesTheLeadingApiLabel(String apiUrl, String loginUrl) {
    assertEquals(Optional.of(loginUrl), Regions.loginUrlFor(apiUrl));
  }

  @ParameterizedTest
  @CsvSource({
    "http://127.0.0.1:8080",
    "http://localhost:8080",
    "https://gateway.example.com",
    "https://myapi.example.com",
    "https://api"
  })
  void loginUrlCannotBeDerivedWithoutALeadingApiLabel(String apiUrl) {
    assertEquals(Optional.empty(), Regions.loginUrlFor(apiUrl));
  }
}
