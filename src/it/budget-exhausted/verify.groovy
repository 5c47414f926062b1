import io.github.genesysdivisions.it.ScenarioWireMock

// 429 for ever, timeoutSeconds=2: a BUILD ERROR that says what was tried, how often and how long,
// quoting the API; no wait goes past the bound, and nothing is written.
def server = context.get("wiremock")
try {
    def log = new File(basedir, "build.log").text
    def failure = log.readLines().find { it.startsWith("[ERROR] Failed to execute goal io.github.genesysdivisions:") }
    def request = "GET ${server.baseUrl()}/api/v2/authorization/divisions?pageSize=500&pageNumber=1"
    def prefix = ":check (default) on project budget-exhausted: Gave up on ${request} after "
    def start = failure.indexOf(prefix)
    assert start > 0
    def rest = failure.substring(start + prefix.length())
    def matcher = rest =~ /^(\d) attempts? in ([\d.]+) (s|ms) \(HTTP 429 (once|\d times); (the server asked to wait 1 s \(Retry-After\), more than the [\d.]+ m?s left of|) ?the 2 s that -Dgenesys.divisions.timeoutSeconds allows( were spent)?\)\. The last answer: (.*)$/
    assert matcher.matches()
    def attempts = matcher.group(1) as int
    def elapsed = (matcher.group(2) as BigDecimal) * (matcher.group(3) == "ms" ? 0.001 : 1)
    assert attempts >= 1 && attempts <= 2
    // the bound is on the waits: the SDK's own work on its first call may add a little
    assert elapsed < 3
    assert matcher.group(7) == "HTTP 429 on ${request}; message \"Rate limit exceeded the maximum. Retry the request in [1] seconds\", code \"too.many.requests.retry.after\", contextId \"it-context-429\", correlation id \"it-correlation-429\". The plugin retries HTTP 429, 502, 503, 504, broken connections and timeouts with backoff: try again later, or raise -Dgenesys.divisions.timeoutSeconds. -> [Help 1]".toString()

    def journal = ScenarioWireMock.journal(server)
    assert journal.size() == attempts
    assert journal.every { it == "GET /api/v2/authorization/divisions?pageSize=500&pageNumber=1" }
    assert !new File(basedir, "target/genesys-divisions").exists()
    assert !log.contains("it-access-token-value")
} finally {
    server.stop()
}
return true
