package io.github.genesysdivisions.genesys;

import com.mypurecloud.sdk.v2.api.AuthorizationApi;
import com.mypurecloud.sdk.v2.model.AuthzDivision;
import com.mypurecloud.sdk.v2.model.AuthzDivisionEntityListing;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Reads the org's divisions from the Genesys Cloud API ({@code GET
 * /api/v2/authorization/divisions}) with the fewest requests that answer the check's questions.
 *
 * <p><b>The rule.</b> {@link #find} can be answered two ways: list every division (as many per page
 * as the API grants: page 1 asks for {@value #REQUESTED_PAGE_SIZE} and the answer says how many it
 * got), or look up what is needed, one {@code name=} request per name (the answer is re-checked for
 * the exact name, case-insensitively, as the provider does) and one {@code id=} request per
 * {@value #ID_BATCH} state ids, sent first since the division of a state id usually holds its
 * configured name, which then needs no request. Targeted lookups cost at most {@code names +
 * ceil(ids / }{@value #ID_BATCH}{@code )} requests; the listing costs its page count, unknown until
 * page 1 answers. So:
 *
 * <ol>
 *   <li>nothing to look up: no request;
 *   <li>one lookup (at most {@value #TARGETED_FIRST_MAX}): look it up, since a listing costs at
 *       least one request too;
 *   <li>otherwise list page 1, which tells the org's total and the granted page size; what page 1
 *       does not settle (a name it does not hold exactly, an id it does not hold) then costs
 *       either the remaining pages or the remaining lookups, and the cheaper is taken (the listing
 *       when equal, since it also tells the count and the home division). A {@code name=} lookup
 *       is counted as {@value #NAME_LOOKUP_COST} requests: whether the filter is exact, a prefix
 *       or a substring is not documented, and a loose one answers a short name with several
 *       pages, so lookups are taken only when they stay cheaper even then. State ids come first,
 *       in batches, when they cost less than the remaining pages: their divisions usually hold the
 *       configured names, which then need no lookup.
 * </ol>
 *
 * <p>Independent requests (the remaining pages, the lookups, the division count and the limit) are
 * sent concurrently, at most {@value #MAX_CONCURRENT_REQUESTS} at a time. The home division and
 * the limit are asked only when the check needs them; the count reuses a listing's {@code total}.
 *
 * <p>Nothing is built or sent until the first question; then a token is fetched (unless the
 * credentials are one) and one SDK client is built for the rest of the run. Everything is bounded
 * by the {@code timeout}, retries included (see {@link Retrier}). Use one instance per run and
 * close it when done.
 */
public final class ApiDivisionSource implements DivisionSource, AutoCloseable {

  /**
   * The page size asked for. The server may grant a smaller one; the answer says which, and the
   * following pages are asked with the granted size.
   */
  static final int REQUESTED_PAGE_SIZE = 500;

  /**
   * The most state ids asked in one {@code id=} request: 100 GUIDs make a URL of about 4,000
   * characters, well within what servers and proxies accept.
   */
  static final int ID_BATCH = 100;

  /**
   * What a {@code name=} lookup is reckoned to cost, in requests, when deciding between lookups and
   * the rest of the listing (see the rule above).
   */
  static final int NAME_LOOKUP_COST = 2;

  /** The most lookups that are sent without listing page 1 first (see the rule above). */
  static final int TARGETED_FIRST_MAX = 1;

  /** How many requests are in flight at once, at most. */
  public static final int MAX_CONCURRENT_REQUESTS = 4;

  private static final String PATH = "/api/v2/authorization/divisions";

  private final Endpoints endpoints;
  private final Credentials credentials;
  private final Optional<ProxySettings> proxy;
  private final Duration timeout;
  private final Ticker ticker;
  private final DoubleSupplier random;
  private ApiSession session;
  private ExecutorService executor;

  /** Every division any answer held, by lower-cased id, in the order they came. */
  private final Map<String, OrgDivision> seen = new LinkedHashMap<>();

  /** The org's division count, from an unfiltered listing's {@code total}; null until known. */
  private Long orgTotal;

  /** Whether {@link #seen} holds every division of the org. */
  private boolean listedAll;

  /**
   * @param endpoints where the API and login server are
   * @param credentials how to authenticate
   * @param proxy the proxy to reach Genesys Cloud through, if any
   * @param timeout the bound on all API work ({@code timeoutSeconds})
   * @throws GenesysException when the timeout is not positive
   */
  public ApiDivisionSource(
      Endpoints endpoints, Credentials credentials, Optional<ProxySettings> proxy, Duration timeout)
      throws GenesysException {
    this(
        endpoints,
        credentials,
        proxy,
        timeout,
        Ticker.SYSTEM,
        () -> ThreadLocalRandom.current().nextDouble());
  }

  /** As the public constructor, with the clock and the jitter's random numbers given (tests). */
  ApiDivisionSource(
      Endpoints endpoints,
      Credentials credentials,
      Optional<ProxySettings> proxy,
      Duration timeout,
      Ticker ticker,
      DoubleSupplier random)
      throws GenesysException {
    this.ticker = Objects.requireNonNull(ticker, "ticker");
    this.random = Objects.requireNonNull(random, "random");
    this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.proxy = Objects.requireNonNull(proxy, "proxy");
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
   * The divisions holding the names or ids, found with the fewest requests (see the rule in the
   * class description). May hold more divisions than asked for, such as a whole listing.
   */
  @Override
  public List<OrgDivision> find(Set<String> names, Set<String> ids) throws GenesysException {
    Set<String> leftNames = unsettledNames(names);
    Set<String> leftIds = unsettledIds(ids);
    if (!listedAll && lookups(leftNames, leftIds, ID_BATCH) > 0) {
      if (lookups(leftNames, leftIds, ID_BATCH) <= TARGETED_FIRST_MAX) {
        lookUp(leftNames, leftIds, ID_BATCH);
      } else {
        AuthzDivisionEntityListing first = page(REQUESTED_PAGE_SIZE, 1);
        addAll(first.getEntities(), 1);
        int granted = grantedPageSize(first);
        int pageCount = pageCount(first, granted);
        orgTotal = first.getTotal();
        leftNames = unsettledNames(leftNames);
        leftIds = unsettledIds(leftIds);
        int idBatch = Math.min(ID_BATCH, granted);
        int remainingPages = pageCount - 1;
        if (!leftIds.isEmpty() && lookups(Set.of(), leftIds, idBatch) < remainingPages) {
          lookUp(Set.of(), leftIds, idBatch);
          leftNames = unsettledNames(leftNames);
          leftIds = Set.of();
        }
        if (leftNames.isEmpty() && leftIds.isEmpty()) {
          return List.copyOf(seen.values());
        }
        if (remainingPages <= NAME_LOOKUP_COST * leftNames.size()
            + lookups(Set.of(), leftIds, idBatch)) {
          listRest(granted, pageCount);
        } else {
          lookUp(leftNames, leftIds, idBatch);
        }
      }
    }
    return List.copyOf(seen.values());
  }

  @Override
  public Optional<OrgDivision> home() throws GenesysException {
    Optional<OrgDivision> flagged = seen.values().stream().filter(OrgDivision::home).findFirst();
    if (flagged.isPresent()) {
      return flagged;
    }
    String request = "GET " + endpoints.apiUrl() + PATH + "/home";
    AuthzDivision home = session().send(request, AuthorizationApi::getAuthorizationDivisionsHome);
    if (home == null || !DivisionIds.isGuid(home.getId()) || home.getName() == null) {
      throw new GenesysException("Genesys Cloud answered " + request
          + " without a division id and name. Check that " + Parameters.API_URL
          + " is the Genesys Cloud API.");
    }
    return Optional.of(new OrgDivision(home.getId(), home.getName(), home.getDescription(), true));
  }

  /**
   * The org's division count and limit: the limit is asked ({@code GET .../divisions/limit}); the
   * count is a listing's {@code total} when one was read, else asked with a one-division page,
   * concurrently.
   */
  @Override
  public Optional<DivisionCapacity> capacity() throws GenesysException {
    ApiSession api = session();
    String request = "GET " + endpoints.apiUrl() + PATH + "/limit";
    Callable<Integer> limit =
        () -> api.send(request, AuthorizationApi::getAuthorizationDivisionsLimit);
    List<Object> answers =
        orgTotal != null || listedAll
            ? concurrently(List.of(limit::call))
            : concurrently(List.of(limit::call, () -> page(1, 1)));
    Integer max = (Integer) answers.get(0);
    if (max == null) {
      throw new GenesysException("Genesys Cloud answered " + request + " without a number."
          + " Check that " + Parameters.API_URL + " is the Genesys Cloud API.");
    }
    if (answers.size() > 1) {
      AuthzDivisionEntityListing counted = (AuthzDivisionEntityListing) answers.get(1);
      orgTotal = counted.getTotal() != null ? counted.getTotal() : (long) seen.size();
    }
    long count = orgTotal != null ? orgTotal : seen.size();
    return Optional.of(new DivisionCapacity((int) count, max));
  }

  @Override
  public String sourceName() {
    return "api";
  }

  /** Releases the SDK client's connections and the request threads, if they were ever made. */
  @Override
  public void close() {
    if (executor != null) {
      executor.shutdownNow();
    }
    if (session != null) {
      session.close();
    }
  }

  private static int lookups(Set<String> names, Set<String> ids, int idBatch) {
    return names.size() + (ids.size() + idBatch - 1) / idBatch;
  }

  /** The names no division seen so far holds exactly. */
  private Set<String> unsettledNames(Set<String> names) {
    Set<String> held = new LinkedHashSet<>();
    seen.values().forEach(division -> held.add(division.name()));
    Set<String> left = new LinkedHashSet<>(names);
    left.removeAll(held);
    return left;
  }

  /** The ids of no division seen so far. */
  private Set<String> unsettledIds(Set<String> ids) {
    Set<String> left = new LinkedHashSet<>();
    for (String id : ids) {
      if (!seen.containsKey(id.toLowerCase(Locale.ROOT))) {
        left.add(id);
      }
    }
    return left;
  }

  /** Pages 2 to {@code pageCount}, their divisions added in page order. */
  private void listRest(int granted, int pageCount) throws GenesysException {
    List<Callable<Object>> pages = new ArrayList<>();
    for (int pageNumber = 2; pageNumber <= pageCount; pageNumber++) {
      int number = pageNumber;
      pages.add(() -> page(granted, number));
    }
    List<Object> answers = concurrently(pages);
    for (int i = 0; i < answers.size(); i++) {
      addAll(((AuthzDivisionEntityListing) answers.get(i)).getEntities(), i + 2);
    }
    listedAll = true;
  }

  /**
   * Looks up the ids first, in batches, then the names their answers did not settle: the division
   * of a state id usually still holds the configured name, so that name needs no request.
   */
  private void lookUp(Set<String> names, Set<String> ids, int idBatch) throws GenesysException {
    List<Callable<Object>> batches = new ArrayList<>();
    List<String> idList = List.copyOf(ids);
    for (int from = 0; from < idList.size(); from += idBatch) {
      List<String> batch = idList.subList(from, Math.min(idList.size(), from + idBatch));
      batches.add(() -> byIds(batch));
    }
    addFound(concurrently(batches));
    List<Callable<Object>> lookups = new ArrayList<>();
    for (String name : unsettledNames(names)) {
      lookups.add(() -> byName(name));
    }
    addFound(concurrently(lookups));
  }

  private void addFound(List<Object> answers) throws GenesysException {
    for (Object found : answers) {
      @SuppressWarnings("unchecked")
      List<AuthzDivision> divisions = (List<AuthzDivision>) found;
      addAll(divisions, 1);
    }
  }

  /**
   * The divisions whose name equals {@code name} regardless of case: the API's {@code name=}
   * filter is not documented as exact, so its answer is re-checked, page by page until an exact
   * match or the last page.
   */
  private List<AuthzDivision> byName(String name) throws GenesysException {
    String folded = name.toLowerCase(Locale.ROOT);
    List<AuthzDivision> matches = new ArrayList<>();
    eachPage(null, name, "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), page -> {
      for (AuthzDivision division : page) {
        if (division.getName() != null && division.getName().toLowerCase(Locale.ROOT).equals(folded)) {
          matches.add(division);
        }
      }
      return matches.stream().anyMatch(division -> name.equals(division.getName()));
    });
    return matches;
  }

  /** The divisions with these ids, every page of the answer. */
  private List<AuthzDivision> byIds(List<String> ids) throws GenesysException {
    List<AuthzDivision> found = new ArrayList<>();
    String filter = ids.size() == 1 ? "&id=" + ids.get(0) : "&id=... (" + ids.size() + " ids)";
    eachPage(ids, null, filter, page -> {
      found.addAll(page);
      return false;
    });
    return found;
  }

  /**
   * The pages of a filtered listing, in order, each handed to {@code handler} until it says it has
   * enough or the last page has been read; pages after the first are asked with the page size the
   * API granted.
   *
   * @param ids the {@code id=} filter, or {@code null}
   * @param name the {@code name=} filter, or {@code null}
   * @param filter how the filter is shown in messages
   */
  private void eachPage(List<String> ids, String name, String filter, PageHandler handler)
      throws GenesysException {
    int pageSize = REQUESTED_PAGE_SIZE;
    int pageCount = 1;
    for (int pageNumber = 1; pageNumber <= pageCount; pageNumber++) {
      int size = pageSize;
      int number = pageNumber;
      AuthzDivisionEntityListing answer =
          listing(
              listingRequest(size, number) + filter,
              authorization ->
                  authorization.getAuthorizationDivisions(
                      size, number, null, null, null, null, null, ids, name));
      if (handler.enough(entities(answer))) {
        return;
      }
      pageSize = grantedPageSize(answer);
      pageCount = pageCount(answer, pageSize);
    }
  }

  /** Takes one page of a filtered listing. */
  private interface PageHandler {

    /** Takes the page's divisions; whether no further page is needed. */
    boolean enough(List<AuthzDivision> page);
  }

  private AuthzDivisionEntityListing page(int pageSize, int pageNumber) throws GenesysException {
    AuthzDivisionEntityListing answer =
        listing(
            listingRequest(pageSize, pageNumber),
            authorization ->
                authorization.getAuthorizationDivisions(
                    pageSize, pageNumber, null, null, null, null, null, null, null));
    return answer;
  }

  private String listingRequest(int pageSize, int pageNumber) {
    return "GET "
        + endpoints.apiUrl()
        + PATH
        + "?pageSize="
        + pageSize
        + "&pageNumber="
        + pageNumber;
  }

  private AuthzDivisionEntityListing listing(
      String request, ApiCall<AuthzDivisionEntityListing> call) throws GenesysException {
    AuthzDivisionEntityListing listing = session().send(request, call);
    if (listing == null) {
      throw new GenesysException(
          "Genesys Cloud answered " + request + " with an empty body. Try again later.");
    }
    return listing;
  }

  private synchronized ApiSession session() throws GenesysException {
    if (session == null) {
      session =
          ApiSession.open(
              endpoints,
              credentials,
              proxy,
              new Retrier(new TimeBudget(timeout, ticker), random),
              MAX_CONCURRENT_REQUESTS);
    }
    return session;
  }

  /**
   * Runs the requests, at most {@value #MAX_CONCURRENT_REQUESTS} at a time, and returns their
   * answers in order. On the first failure the others are cancelled and that failure is thrown.
   */
  private List<Object> concurrently(List<Callable<Object>> requests) throws GenesysException {
    session();
    if (requests.isEmpty()) {
      return List.of();
    }
    if (requests.size() == 1) {
      try {
        return List.of(requests.get(0).call());
      } catch (GenesysException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    if (executor == null) {
      executor =
          Executors.newFixedThreadPool(
              MAX_CONCURRENT_REQUESTS,
              runnable -> {
                Thread thread = new Thread(runnable, "genesys-divisions-request");
                thread.setDaemon(true);
                return thread;
              });
    }
    CompletionService<Object> completion = new ExecutorCompletionService<>(executor);
    List<Future<Object>> futures = new ArrayList<>();
    for (Callable<Object> request : requests) {
      futures.add(completion.submit(request));
    }
    try {
      for (int i = 0; i < futures.size(); i++) {
        completion.take().get();
      }
      List<Object> answers = new ArrayList<>();
      for (Future<Object> future : futures) {
        answers.add(future.get());
      }
      return answers;
    } catch (ExecutionException e) {
      futures.forEach(future -> future.cancel(true));
      if (e.getCause() instanceof GenesysException genesys) {
        throw genesys;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      futures.forEach(future -> future.cancel(true));
      Thread.currentThread().interrupt();
      throw new GenesysException("Interrupted while reading the org's divisions.", e);
    }
  }

  private static List<AuthzDivision> entities(AuthzDivisionEntityListing listing) {
    return listing.getEntities() == null ? List.of() : listing.getEntities();
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

  private void addAll(List<AuthzDivision> entities, int pageNumber)
      throws GenesysException {
    for (AuthzDivision entity : entities == null ? List.<AuthzDivision>of() : entities) {
      if (!DivisionIds.isGuid(entity.getId()) || entity.getName() == null) {
        throw new GenesysException(
            "Genesys Cloud listed a division without a GUID id or a name on page "
                + pageNumber
                + " of GET "
                + PATH
                + ". Check that "
                + Parameters.API_URL
                + " is the Genesys Cloud API.");
      }
      seen.putIfAbsent(
          entity.getId().toLowerCase(Locale.ROOT),
          new OrgDivision(
              entity.getId(),
              entity.getName(),
              entity.getDescription(),
              Boolean.TRUE.equals(entity.getHomeDivision())));
    }
  }
}
