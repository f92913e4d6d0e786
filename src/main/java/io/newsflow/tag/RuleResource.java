package io.newsflow.tag;

import io.newsflow.admin.AdminOnly;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code /api/rules}: list, add and remove tag rules. Reads are open; changes need the admin key
 * ({@link AdminOnly}). Added rules apply to the next article tagged.
 */
@Path("/api/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RuleResource {

  private final RuleRegistry registry;

  public RuleResource(RuleRegistry registry) {
    this.registry = registry;
  }

  @GET
  public List<TagRule> list() {
    return registry.list();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    return registry.get(id).map(r -> Response.ok(r).build()).orElseGet(() -> notFound(id));
  }

  /** Adds a rule; 400 when its query does not parse, 409 when the id exists. */
  @POST
  @AdminOnly
  public Response add(@Nullable TagRule rule) {
    if (rule == null) {
      throw new IllegalArgumentException("a rule {id, query, tag} is required in the request body");
    }
    try {
      return Response.status(Response.Status.CREATED).entity(registry.add(rule)).build();
    } catch (IllegalStateException e) {
      return error(Response.Status.CONFLICT, e.getMessage());
    }
  }

  @DELETE
  @Path("{id}")
  @AdminOnly
  public Response remove(@PathParam("id") String id) {
    try {
      return registry.remove(id) ? Response.noContent().build() : notFound(id);
    } catch (IllegalStateException e) {
      return error(Response.Status.CONFLICT, e.getMessage());
    }
  }

  private static Response notFound(String id) {
    return error(Response.Status.NOT_FOUND, "no rule " + id);
  }

  private static Response error(Response.Status status, @Nullable String message) {
    return Response.status(status).entity(Map.of("error", String.valueOf(message))).build();
  }
}
