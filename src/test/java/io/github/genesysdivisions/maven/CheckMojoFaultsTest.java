package io.github.genesysdivisions.maven;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Faults of the API, injected with WireMock: each ends in a BUILD ERROR (a
 * {@code MojoExecutionException}) whose message says what failed, within the time bound
 * ({@code timeoutSeconds = 3}; a generous guard only catches a hang), and no output is written
 * that claims a result.
 */
@MojoTest
class CheckMojoFaultsTest {

  private static final String POM = "src/test/resources/unit/secrets/pom.xml";
  private static final Path OUTPUT = Path.of("target/unit/secrets/genesys-divisions");
  private static final String DIVISIONS = "/api/v2/authorization/divisions";
  private static final Duration HANG_GUARD = Duration.ofSeconds(20);

  private final RecordingLog log = new RecordingLog();
  private WireMockServer server;

  @BeforeEach
  void start() throws Exception {
    MojoFixtures.emptyOutputs(OUTPUT);
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private void token(ResponseDefinitionBuilder answer) {
    server.stubFor(post(urlEqualTo("/oauth/token")).willReturn(answer));
  }

  private void listing(ResponseDefinitionBuilder answer) {
    token(aResponse().withHeader("Content-Type", "application/json")
        .withBody("{\"access_token\": \"faults-token\", \"token_type\": \"bearer\", \"expires_in\": 86399}"));
    server.stubFor(get(urlPathEqualTo(DIVISIONS)).willReturn(answer));
  }

  /** Runs the Mojo and returns the BUILD ERROR's message, after checking the bound and the outputs. */
  private String buildError(CheckMojo mojo) throws Exception {
    MojoFixtures.useStub(mojo, server.baseUrl(), "faults-client", "faults-secret");
    MojoExtension.setVariableValueToObject(mojo, "timeoutSeconds", 3);
    mojo.setLog(log);
    long start = System.nanoTime();
    MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertTrue(took.compareTo(HANG_GUARD) < 0, "took " + took);
    assertFalse(Files.exists(OUTPUT.resolve("report.json")), "a report claims a result");
    assertFalse(Files.exists(OUTPUT.resolve("import.sh")), "an import script claims a result");
    assertFalse(error.getMessage().isBlank());
    assertFalse(error.getMessage().contains("\n\tat "), error.getMessage());
    return error.getMessage();
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  void connectionReset(CheckMojo mojo) throws Exception {
    listing(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    String message = buildError(mojo);
    assertTrue(message.startsWith("Gave up on GET " + server.baseUrl() + DIVISIONS), message);
    assertTrue(message.contains("Connection reset"), message);
    assertTrue(message.contains("-Dgenesys.divisions.timeoutSeconds"), message);
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  void emptyResponse(CheckMojo mojo) throws Exception {
    listing(aResponse().withFault(Fault.EMPTY_RESPONSE));
    String message = buildError(mojo);
    assertTrue(message.startsWith("Gave up on GET " + server.baseUrl() + DIVISIONS), message);
    assertTrue(message.contains("failed to respond"), message);
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  void malformedJson(CheckMojo mojo) throws Exception {
    listing(aResponse().withHeader("Content-Type", "application/json").withBody("{\"entities\": [{\"id\": "));
    String message = buildError(mojo);
    assertTrue(message.contains("with a body that is not the JSON the API answers"), message);
    assertEquals(1, server.findAll(getRequestedFor(urlPathEqualTo(DIVISIONS))).size(),
        "a malformed body is not retried");
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  void aBodyThatStallsPastTheTimeout(CheckMojo mojo) throws Exception {
    listing(aResponse().withHeader("Content-Type", "application/json").withBody("{}")
        .withFixedDelay(15_000));
    String message = buildError(mojo);
    assertTrue(message.startsWith("Genesys Cloud did not answer within 3 s"), message);
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  void aRateLimitStormLongerThanTheTimeout(CheckMojo mojo) throws Exception {
    listing(aResponse().withStatus(429).withHeader("Retry-After", "1")
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\": \"Rate limit exceeded\", \"code\": \"too.many.requests\", \"status\": 429}"));
    String message = buildError(mojo);
    assertTrue(message.startsWith("Gave up on GET " + server.baseUrl() + DIVISIONS), message);
    assertTrue(message.contains("HTTP 429"), message);
    assertTrue(message.contains("message \"Rate limit exceeded\""), message);
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  void anHtmlErrorPage(CheckMojo mojo) throws Exception {
    listing(aResponse().withStatus(500).withHeader("Content-Type", "text/html")
        .withBody("<html><body><h1>500 Internal Server Error</h1></body></html>"));
    String message = buildError(mojo);
    assertTrue(message.startsWith("Genesys Cloud answered HTTP 500 on GET " + server.baseUrl()), message);
    assertEquals(1, server.findAll(getRequestedFor(urlPathEqualTo(DIVISIONS))).size(),
        "a 500 is not retried");
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  void aTokenAnswerWithoutAnAccessToken(CheckMojo mojo) throws Exception {
    token(aResponse().withHeader("Content-Type", "application/json")
        .withBody("{\"token_type\": \"bearer\", \"expires_in\": 86399}"));
    String message = buildError(mojo);
    assertTrue(message.contains("answered HTTP 200 without an access_token"), message);
    assertTrue(server.findAll(getRequestedFor(
        urlPathEqualTo(DIVISIONS))).isEmpty(), "no listing without a token");
  }
}
