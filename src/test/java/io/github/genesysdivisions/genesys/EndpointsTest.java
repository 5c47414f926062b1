package io.github.genesysdivisions.genesys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndpointsTest {

  private static Map<String, String> env(String region, String apiRegion) {
    Map<String, String> env = new HashMap<>();
    if (region != null) {
      env.put("GENESYSCLOUD_REGION", region);
    }
    if (apiRegion != null) {
      env.put("GENESYSCLOUD_API_REGION", apiRegion);
    }
    return env;
  }

  @ParameterizedTest(name = "[{index}] region={0} apiUrl={1} loginUrl={2} env={3}/{4}")
  @CsvSource(
      nullValues = "-",
      value = {
        // nothing given: us-east-1, as the provider
        "-, -, -, -, -, https://api.mypurecloud.com, https://login.mypurecloud.com",
        // the environment's region
        "-, -, -, eu-west-1, -, https://api.mypurecloud.ie, https://login.mypurecloud.ie",
        // the parameter beats the environment
        "ap-south-1, -, -, eu-west-1, -, https://api.aps1.pure.cloud,"
            + " https://login.aps1.pure.cloud",
        // GENESYSCLOUD_API_REGION as a URL beats GENESYSCLOUD_REGION
        "-, -, -, eu-west-1, https://api.mypurecloud.de/, https://api.mypurecloud.de,"
            + " https://login.mypurecloud.de",
        // an explicit region parameter beats GENESYSCLOUD_API_REGION
        "ca-central-1, -, -, -, https://api.mypurecloud.de, https://api.cac1.pure.cloud,"
            + " https://login.cac1.pure.cloud",
        // GENESYSCLOUD_API_REGION that is not a URL is ignored
        "-, -, -, sa-east-1, mypurecloud.com, https://api.sae1.pure.cloud,"
            + " https://login.sae1.pure.cloud",
        // apiUrl beats everything; trailing slashes go
        "eu-west-1, https://api.usw2.pure.cloud//, -, eu-west-1, https://api.mypurecloud.de,"
            + " https://api.usw2.pure.cloud, https://login.usw2.pure.cloud",
        // a local API has no login URL to derive
        "-, http://127.0.0.1:8089, -, -, -, http://127.0.0.1:8089, -",
        // loginUrl given
        "-, http://127.0.0.1:8089/, http://127.0.0.1:8090/, -, -, http://127.0.0.1:8089,"
            + " http://127.0.0.1:8090",
        // blank parameters count as absent
        "' ', ' ', ' ', eu-central-2, -, https://api.euc2.pure.cloud,"
            + " https://login.euc2.pure.cloud",
        // an invalid region is not looked at when apiUrl is given
        "mars-1, https://api.mypurecloud.jp, -, -, -, https://api.mypurecloud.jp,"
            + " https://login.mypurecloud.jp"
      })
  void resolves(
      String region,
      String apiUrl,
      String loginUrl,
      String envRegion,
      String envApiRegion,
      String expectedApiUrl,
      String expectedLoginUrl)
      throws GenesysException {
    assertEquals(
        new Endpoints(expectedApiUrl, expectedLoginUrl),
        Endpoints.resolve(region, apiUrl, loginUrl, env(envRegion, envApiRegion)));
  }

  @Test
  void unknownRegionInTheEnvironmentIsAnError() {
    GenesysException e =
        assertThrows(
            GenesysException.class, () -> Endpoints.resolve(null, null, null, env("Europe", null)));

    assertEquals(
        "Unknown Genesys Cloud region \"Europe\". Set -Dgenesys.divisions.region (or the"
            + " environment variable GENESYSCLOUD_REGION) to one of us-east-1, us-east-2,"
            + " us-west-2, eu-west-1, eu-west-2, eu-central-1, eu-central-2, ap-southeast-2,"
            + " ap-northeast-1, ap-northeast-2, ap-northeast-3, ap-south-1, ap-southeast-1,"
            + " ca-central-1, sa-east-1, me-central-1, mx-central-1, eusc-de-east-1; or set"
            + " -Dgenesys.divisions.apiUrl to the API base URL.",
        e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ftp://api.example.com | -Dgenesys.divisions.apiUrl \"ftp://api.example.com\" is not a"
            + " usable URL: it must start with https:// or http://",
        "api.mypurecloud.com | -Dgenesys.divisions.apiUrl \"api.mypurecloud.com\" is not a usable"
            + " URL: it must start with https:// or http://",
        "https://api.example.com?x=1 | -Dgenesys.divisions.apiUrl \"https://api.example.com?x=1\""
            + " is not a usable URL: it must not have a query (?) or fragment (#)",
        "https://api.example.com/a b | -Dgenesys.divisions.apiUrl \"https://api.example.com/a b\""
            + " is not a usable URL: Illegal character in path at index 25",
        "https:///path | -Dgenesys.divisions.apiUrl \"https:///path\" is not a usable URL: it has"
            + " no host name"
      })
  void badApiUrlNamesTheParameter(String apiUrl, String expected) {
    GenesysException e =
        assertThrows(GenesysException.class, () -> Endpoints.resolve(null, apiUrl, null, Map.of()));

    assertEquals(
        expected
            + ". Give a base URL such as https://api.mypurecloud.com (API) or"
            + " https://login.mypurecloud.com (login).",
        e.getMessage());
  }

  @Test
  void badLoginUrlNamesTheParameter() {
    GenesysException e =
        assertThrows(
            GenesysException.class,
            () -> Endpoints.resolve(null, null, "login.example.com", Map.of()));

    assertEquals(
        "-Dgenesys.divisions.loginUrl \"login.example.com\" is not a usable URL: it must start with"
            + " https:// or http://. Give a base URL such as https://api.mypurecloud.com (API) or"
            + " https://login.mypurecloud.com (login).",
        e.getMessage());
  }

  @Test
  void badUrlInTheEnvironmentNamesTheVariable() {
    GenesysException e =
        assertThrows(
            GenesysException.class,
            () -> Endpoints.resolve(null, null, null, env(null, "https://")));

    assertEquals(
        "the environment variable GENESYSCLOUD_API_REGION \"https:\" is not a usable URL:"
            + " Expected scheme-specific part at index 6. Give a base URL such as"
            + " https://api.mypurecloud.com (API) or https://login.mypurecloud.com (login).",
        e.getMessage());
  }

  @Test
  void aPasswordInTheUrlIsNeitherAcceptedNorShown() {
    GenesysException e =
        assertThrows(
            GenesysException.class,
            () -> Endpoints.resolve(null, "https://me:hunter2@api.example.com", null, Map.of()));

    assertEquals(
        "-Dgenesys.divisions.apiUrl \"https://****@api.example.com\" is not a usable URL: it must"
            + " not hold a user name or password (give credentials in settings.xml or the"
            + " environment). Give a base URL such as https://api.mypurecloud.com (API) or"
            + " https://login.mypurecloud.com (login).",
        e.getMessage());
    assertFalse(e.getMessage().contains("hunter2"));
  }

  @Test
  void requireLoginUrlSaysHowToGiveOne() {
    GenesysException e =
        assertThrows(
            GenesysException.class,
            () -> new Endpoints("http://127.0.0.1:8089", null).requireLoginUrl());

    assertEquals(
        "Cannot tell the OAuth login URL from the API URL http://127.0.0.1:8089: its host does not"
            + " start with \"api.\". Set -Dgenesys.divisions.loginUrl to the OAuth base URL (for"
            + " example https://login.mypurecloud.com), or give an access token in the environment"
            + " variable GENESYSCLOUD_ACCESS_TOKEN.",
        e.getMessage());
  }

  @Test
  void requireLoginUrlReturnsIt() throws GenesysException {
    assertEquals(
        "https://login.mypurecloud.ie",
        new Endpoints("https://api.mypurecloud.ie", "https://login.mypurecloud.ie")
            .requireLoginUrl());
  }
}
