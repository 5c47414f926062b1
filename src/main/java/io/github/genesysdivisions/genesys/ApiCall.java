package io.github.genesysdivisions.genesys;

import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.AuthorizationApi;
import java.io.IOException;

/**
 * One request to the Genesys Cloud API through the SDK. Every request goes through {@link
 * ApiSession#send(String, ApiCall)}, the one place where a retry policy wraps them.
 *
 * @param <T> what the request returns
 */
@FunctionalInterface
interface ApiCall<T> {

  T call(AuthorizationApi authorization) throws IOException, ApiException;
}
