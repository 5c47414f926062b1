package io.github.genesysdivisions.genesys;

import com.mypurecloud.sdk.v2.api.AuthorizationApi;
import com.mypurecloud.sdk.v2.model.AuthzDivision;
import com.mypurecloud.sdk.v2.model.AuthzDivisionEntityListing;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Reads the org's divisions from the Genesys Cloud API: {@code GET
 * /api/v2/authorization/divisions}, every page.
 *
 * <p>Nothing is built or sent until the first question; then a token is fetched
 * (unless the credentials are one) and one SDK client is built for the rest of the run. All of it
 * is bounded by the {@code timeout}: no request starts once it has passed, and each request's
 * connect and read timeouts are the time left when the client was built. Use one instance per run
 * and close it when done.
 */
public final class ApiDivisionSource implements DivisionSource, AutoCloseable {

  /**
   * The page size asked for. The server may grant a smaller one; the answer says which, and the
   * following pages are asked with the granted size.
   */
  static final int REQUESTED_PAGE_SIZE = 500;

  /** How many requests are in flight at once, at most. */
  static final int MAX_CONCURRENT_REQUESTS = 4;

  private final Endpoints endpoints;
  private final Credentials credentials;
  private final Duration timeout;
  private final Ticker ticker;
  private final DoubleSupplier random;
  private ApiSession session;
  private List<OrgDivision> listed;

  /**
   * @param endpoints where the API and login server are
   * @param credentials how to authenticate
   * @param timeout the bound on all API work ({@code timeoutSeconds})
   * @throws GenesysException when the timeout is not positive
   */
  public ApiDivisionSource(Endpoints endpoints, Credentials credentials, Duration timeout)
      throws GenesysException {
    this(endpoints, credentials, timeout, Ticker.SYSTEM, () -> ThreadLocalRandom.current().nextDouble());
  }

  /** As the public constructor, with the clock and the jitter's random numbers given (tests). */
  ApiDivisionSource(
      Endpoints endpoints,
      Credentials credentials,
      Duration timeout,
      Ticker ticker,
      DoubleSupplier random)
      throws GenesysException {
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.random = Objects.requireNonNull(random, "random");
    this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new GenesysException(
          Parameters.TIMEOUT_SECONDS
              + "="
              + timeout.toSeconds()
              + " is not a time bound: give a positive number of seconds, such as 60.");
    }
    this.timeout = timeout;
  }

  /**
   * Every division of the org, listed once per run: the answer to {@link #find} until targeted
   * lookups are cheaper.
   */
  @Override
  public List<OrgDivision> find(Set<String> names, Set<String> ids) throws GenesysException {
    return listing();
  }

  @Override
  public Optional<OrgDivision> home() throws GenesysException {
    if (listed != null) {
      Optional<OrgDivision> flagged = listed.stream().filter(OrgDivision::home).findFirst();
      if (flagged.isPresent()) {
        return flagged;
      }
    }
    String request = "GET " + endpoints.apiUrl() + "/api/v2/authorization/divisions/home";
    AuthzDivision home = session().send(request, AuthorizationApi::getAuthorizationDivisionsHome);
    if (home == null || !DivisionIds.isGuid(home.getId()) || home.getName() == null) {
      throw new GenesysException("Genesys Cloud answered " + request
          + " without a division id and name. Check that " + Parameters.API_URL
          + " is the Genesys Cloud API.");
    }
    return Optional.of(new OrgDivision(home.getId(), home.getName(), home.getDescription(), true));
  }

  @Override
  public Optional<DivisionCapacity> capacity() throws GenesysException {
    String request = "GET " + endpoints.apiUrl() + "/api/v2/authorization/divisions/limit";
    Integer limit = session().send(request, AuthorizationApi::getAuthorizationDivisionsLimit);
    if (limit == null) {
      throw new GenesysException("Genesys Cloud answered " + request + " without a number."
          + " Check that " + Parameters.API_URL + " is the Genesys Cloud API.");
    }
    return Optional.of(new DivisionCapacity(listing().size(), limit));
  }

  private List<OrgDivision> listing() throws GenesysException {
    if (listed == null) {
      listed = listAll();
    }
    return listed;
  }

  private List<OrgDivision> listAll() throws GenesysException {
    ApiSession api = session();
    Map<String, OrgDivision> divisions = new LinkedHashMap<>();
    AuthzDivisionEntityListing first = page(api, REQUESTED_PAGE_SIZE, 1);
    addAll(divisions, first, 1);
    int grantedPageSize = grantedPageSize(first);
    int pageCount = pageCount(first, grantedPageSize);
    for (int pageNumber = 2; pageNumber <= pageCount; pageNumber++) {
      addAll(divisions, page(api, grantedPageSize, pageNumber), pageNumber);
    }
    return List.copyOf(divisions.values());
  }

  @Override
  public String sourceName() {
    return "api";
  }

  /** Releases the SDK client's connections, if it was ever built. */
  @Override
  public void close() {
    if (session != null) {
      session.close();
    }
  }

  private ApiSession session() throws GenesysException {
    if (session == null) {
      session =
          ApiSession.open(
              endpoints,
              credentials,
              new Retrier(new TimeBudget(timeout, ticker), random),
              MAX_CONCURRENT_REQUESTS);
    }
    return session;
  }

  private AuthzDivisionEntityListing page(ApiSession api, int pageSize, int pageNumber)
      throws GenesysException {
    String request =
        "GET "
            + endpoints.apiUrl()
            + "/api/v2/authorization/divisions?pageSize="
            + pageSize
            + "&pageNumber="
            + pageNumber;
    AuthzDivisionEntityListing listing =
        api.send(
            request,
            authorization ->
                authorization.getAuthorizationDivisions(
                    pageSize, pageNumber, null, null, null, null, null, null, null));
    if (listing == null) {
      throw new GenesysException(
          "Genesys Cloud answered " + request + " with an empty body. Try again later.");
    }
    return listing;
  }

  private static int grantedPageSize(AuthzDivisionEntityListing listing) {
    Integer granted = listing.getPageSize();
    return granted != null && granted > 0 ? granted : REQUESTED_PAGE_SIZE;
  }

  private static int pageCount(AuthzDivisionEntityListing listing, int grantedPageSize) {
    if (listing.getPageCount() != null) {
      return listing.getPageCount();
    }
    if (listing.getTotal() != null) {
      return (int) ((listing.getTotal() + grantedPageSize - 1) / grantedPageSize);
    }
    return 1;
  }

  private static void addAll(
      Map<String, OrgDivision> divisions, AuthzDivisionEntityListing listing, int pageNumber)
      throws GenesysException {
    List<AuthzDivision> entities =
        listing.getEntities() == null ? List.of() : listing.getEntities();
    for (AuthzDivision entity : entities) {
      if (!DivisionIds.isGuid(entity.getId()) || entity.getName() == null) {
        throw new GenesysException(
            "Genesys Cloud listed a division without a GUID id or a name on page "
                + pageNumber
                + " of GET /api/v2/authorization/divisions. Check that "
                + Parameters.API_URL
                + " is the Genesys Cloud API.");
      }
      divisions.putIfAbsent(
          entity.getId(),
          new OrgDivision(
              entity.getId(),
              entity.getName(),
              entity.getDescription(),
              Boolean.TRUE.equals(entity.getHomeDivision())));
    }
  }
}
