package io.newsflow.admin;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Lets a request to an {@link AdminOnly} endpoint through only when its {@code X-API-Key} header
 * equals {@code newsflow.admin.api-key}, compared in constant time. Without a configured key, those
 * endpoints answer 403; with a wrong or missing key, 401. The key is never logged.
 */
@Provider
@AdminOnly
public class AdminKeyFilter implements ContainerRequestFilter {

  public static final String HEADER = "X-API-Key";

  private final AdminKey adminKey;

  public AdminKeyFilter(AdminKey adminKey) {
    this.adminKey = adminKey;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (!adminKey.configured()) {
      request.abortWith(
          error(Response.Status.FORBIDDEN, "admin API disabled: set newsflow.admin.api-key"));
    } else if (!adminKey.matches(request.getHeaderString(HEADER))) {
      request.abortWith(error(Response.Status.UNAUTHORIZED, "missing or wrong " + HEADER));
    }
  }

  private static Response error(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", message))
        .build();
  }
}
