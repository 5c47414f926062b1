package io.github.genesysdivisions.genesys;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Genesys Cloud regions, named as the Terraform provider's {@code aws_region} names them, and
 * the API and login URLs they stand for.
 *
 * <p>The table is the plugin's own: the SDK's {@code PureCloudRegionHosts} lacks the newest
 * regions.
 */
public final class Regions {

  /** The region used when none is given, as the provider does. */
  public static final String DEFAULT_REGION = "us-east-1";

  private static final Map<String, String> DOMAINS = domains();

  private Regions() {}

  private static Map<String, String> domains() {
    Map<String, String> domains = new LinkedHashMap<>();
    domains.put("us-east-1", "mypurecloud.com");
    domains.put("us-east-2", "use2.us-gov-pure.cloud");
    domains.put("us-west-2", "usw2.pure.cloud");
    domains.put("eu-west-1", "mypurecloud.ie");
    domains.put("eu-west-2", "euw2.pure.cloud");
    domains.put("eu-central-1", "mypurecloud.de");
    domains.put("eu-central-2", "euc2.pure.cloud");
    domains.put("ap-southeast-2", "mypurecloud.com.au");
    domains.put("ap-northeast-1", "mypurecloud.jp");
    domains.put("ap-northeast-2", "apne2.pure.cloud");
    domains.put("ap-northeast-3", "apne3.pure.cloud");
    domains.put("ap-south-1", "aps1.pure.cloud");
    domains.put("ap-southeast-1", "apse1.pure.cloud");
    domains.put("ca-central-1", "cac1.pure.cloud");
    domains.put("sa-east-1", "sae1.pure.cloud");
    domains.put("me-central-1", "mec1.pure.cloud");
    domains.put("mx-central-1", "mxc1.pure.cloud");
    domains.put("eusc-de-east-1", "edee1.eusc-pure.cloud");
    return Collections.unmodifiableMap(domains);
  }

  /** Every region name, in the order of the Genesys Cloud documentation. */
  public static List<String> names() {
    return List.copyOf(DOMAINS.keySet());
  }

  /**
   * The domain of a region, such as {@code mypurecloud.ie} for {@code eu-west-1}.
   *
   * @param region a region name, in any letter case
   * @return the domain, or empty when the region is unknown
   */
  public static Optional<String> domain(String region) {
    return Optional.ofNullable(DOMAINS.get(region.trim().toLowerCase(Locale.ROOT)));
  }

  /**
   * The API base URL of a region, {@code https://api.<domain>}.
   *
   * @param region a region name, in any letter case
   * @return the URL, without a trailing slash
   * @throws GenesysException when the region is unknown; the message lists the valid names
   */
  public static String apiUrl(String region) throws GenesysException {
    return domain(region)
        .map(domain -> "https://api." + domain)
        .orElseThrow(
            () ->
                new GenesysException(
                    "Unknown Genesys Cloud region \""
                        + region
                        + "\". Set "
                        + Parameters.REGION
                        + " (or the environment variable "
                        + Parameters.ENV_REGION
                        + ") to one of "
                        + String.join(", ", names())
                        + "; or set "
                        + Parameters.API_URL
                        + " to the API base URL."));
  }

  /**
   * The OAuth login base URL that goes with an API base URL: the same URL with its leading {@code
   * api.} host label replaced by {@code login.}, so {@code https://api.mypurecloud.ie} gives {@code
   * https://login.mypurecloud.ie}. Scheme, port and path are kept.
   *
   * @param apiUrl an absolute http(s) URL
   * @return the login URL, or empty when the host does not start with an {@code api.} label
   * @throws IllegalArgumentException when {@code apiUrl} is not a valid URI
   */
  public static Optional<String> loginUrlFor(String apiUrl) {
    URI uri = URI.create(apiUrl);
    String host = uri.getHost();
    if (host == null || host.length() <= 4 || !host.regionMatches(true, 0, "api.", 0, 4)) {
      return Optional.empty();
    }
    int hostStart = apiUrl.indexOf(host, apiUrl.indexOf("://") + 3);
    return Optional.of(apiUrl.substring(0, hostStart) + "login." + apiUrl.substring(hostStart + 4));
  }
}
