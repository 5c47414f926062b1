package io.github.genesysdivisions.maven;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.genesysdivisions.it.SecretScan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The third credential source, a settings.xml server, with debug logging on: the client secret and
 * the token it is exchanged for never reach a log line, an output file or an exception message,
 * on success and on a 403. (The environment sources are covered by the scenarios
 * {@code secrets-client-credentials} and {@code secrets-token}.)
 */
@MojoTest
class CheckMojoSecretsTest {

  private static final String POM = "src/test/resources/unit/secrets/pom.xml";
  private static final Path OUTPUT = Path.of("target/unit/secrets/genesys-divisions");

  private static final String CLIENT_ID = "unit-settings-client";
  private static final String SECRET = "Settings-Secret+4Wq/8Yt=";
  private static final String TOKEN = "Settings-Token-2Kp9Rb6M";
  private static final String ENGINEERING = "5e1b8a2c-3d4f-4a6b-8c9d-0000000000e1";

  private final RecordingLog log = new RecordingLog();
  private WireMockServer server;

  @BeforeEach
  void start() throws IOException {
    MojoFixtures.emptyOutputs(OUTPUT);
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    server.stubFor(post(urlEqualTo("/oauth/token"))
        .withBasicAuth(CLIENT_ID, SECRET)
        .withRequestBody(equalTo("grant_type=client_credentials"))
        .willReturn(aResponse().withHeader("Content-Type", "application/json")
            .withBody("{\"access_token\": \"" + TOKEN + "\", \"token_type\": \"bearer\", \"expires_in\": 86399}")));
    server.stubFor(get(urlEqualTo("/api/v2/authorization/divisions/limit"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("1000")));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  void aSuccessfulRunAtDebugLevelShowsNeitherSecretNorToken(CheckMojo mojo) throws Exception {
    server.stubFor(get(urlPathEqualTo("/api/v2/authorization/divisions"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
            "{\"entities\": [{\"id\": \"" + ENGINEERING + "\", \"name\": \"Engineering\", \"homeDivision\": false}],"
                + " \"pageSize\": 500, \"pageNumber\": 1, \"total\": 1, \"pageCount\": 1}")));
    configure(mojo);

    mojo.execute();

    assertEquals(List.of("POST /oauth/token", "GET /api/v2/authorization/divisions", "GET /api/v2/authorization/divisions/limit"),
        journal());
    assertTrue(log.lines().contains("INFO Asking " + server.baseUrl() + " for the org's divisions, authenticating with"
        + " settings.xml server \"genesyscloud\"."), log.lines()::toString);
    assertTrue(Files.isRegularFile(OUTPUT.resolve("import.sh")));
    assertEquals(List.of(), leaks(List.of()));
  }

  @Test
  @InjectMojo(goal = "check", pom = POM)
  void aRefusalAtDebugLevelShowsNeitherSecretNorToken(CheckMojo mojo) throws Exception {
    server.stubFor(get(urlPathEqualTo("/api/v2/authorization/divisions"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .willReturn(aResponse().withStatus(403).withHeader("Content-Type", "application/json").withBody(
            "{\"message\": \"You are not authorized to perform the requested action.\", \"code\": \"not.authorized\","
                + " \"status\": 403, \"contextId\": \"" + TOKEN + "\"}")));
    configure(mojo);

    MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);

    assertTrue(error.getMessage().contains("HTTP 403"), error.getMessage());
    // the API echoed the token in its error body: the message quotes it masked
    assertTrue(error.getMessage().contains("contextId \"****\""), error.getMessage());
    assertEquals(List.of("POST /oauth/token", "GET /api/v2/authorization/divisions"), journal());
    List<String> messages = new ArrayList<>();
    for (Throwable t = error; t != null; t = t.getCause()) {
      messages.add(t.toString());
    }
    assertEquals(List.of(), leaks(messages));
  }

  private void configure(CheckMojo mojo) throws IllegalAccessException {
    MojoFixtures.useStub(mojo, server.baseUrl(), CLIENT_ID, SECRET);
    mojo.setLog(log);
  }

  private List<String> journal() {
    return server.getAllServeEvents().stream()
        .map(ServeEvent::getRequest)
        .sorted((a, b) -> a.getLoggedDate().compareTo(b.getLoggedDate()))
        .map(r -> r.getMethod() + " " + r.getUrl().replaceAll("\\?.*", ""))
        .toList();
  }

  /** Every log line, output file and message that holds the secret or the token in some form. */
  private List<String> leaks(List<String> messages) throws IOException {
    Set<String> forms = new HashSet<>(SecretScan.forms(CLIENT_ID, SECRET));
    forms.addAll(SecretScan.forms(null, TOKEN));
    List<String> texts = new ArrayList<>(log.lines());
    texts.addAll(messages);
    if (Files.isDirectory(OUTPUT)) {
      try (Stream<Path> files = Files.list(OUTPUT)) {
        for (Path file : files.sorted().toList()) {
          texts.add(file + ": " + new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        }
      }
    }
    return texts.stream().filter(text -> forms.stream().anyMatch(text::contains)).toList();
  }
}
