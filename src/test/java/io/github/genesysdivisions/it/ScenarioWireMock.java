package io.github.genesysdivisions.it;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.File;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Starts the WireMock server of an invoker scenario: a dynamic port on 127.0.0.1, serving the
 * stubs under {@code <scenario>/wiremock/mappings}. Called from the scenarios' {@code setup.groovy};
 * their {@code verify.groovy} stops it.
 */
public final class ScenarioWireMock {

  private ScenarioWireMock() {}

  /** Starts the server for the scenario in this directory. */
  public static WireMockServer start(File scenarioDirectory) {
    WireMockServer server = new WireMockServer(
        WireMockConfiguration.options()
            .dynamicPort()
            .bindAddress("127.0.0.1")
            .usingFilesUnderDirectory(new File(scenarioDirectory, "wiremock").getPath()));
    server.start();
    return server;
  }

  /**
   * Starts the server for the scenario in this directory, keeps it in the invoker context as
   * {@code wiremock} (its {@code verify.groovy} reads the journal and stops it), and points the
   * plugin's {@code apiUrl} and {@code loginUrl} at it through the build's user properties.
   */
  public static WireMockServer startFor(File scenarioDirectory, Map<String, Object> context) {
    WireMockServer server = start(scenarioDirectory);
    context.put("wiremock", server);
    @SuppressWarnings("unchecked")
    Map<Object, Object> userProperties = (Map<Object, Object>) context.get("userProperties");
    userProperties.put("genesys.divisions.apiUrl", server.baseUrl());
    userProperties.put("genesys.divisions.loginUrl", server.baseUrl());
    return server;
  }

  /**
   * The requests the server received, oldest first, each as {@code METHOD url} (path and query),
   * so that a scenario can assert exactly which requests the plugin made.
   */
  public static List<String> journal(WireMockServer server) {
    return server.getAllServeEvents().stream()
        .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
        .map(ServeEvent::getRequest)
        .map(r -> r.getMethod() + " " + r.getUrl())
        .toList();
  }
}
