package io.newsflow.source;

import io.newsflow.admin.AdminOnly;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code /api/sources}: list, add, update, pause, resume and remove sources. Reads are open;
 * changes need the admin key ({@link AdminOnly}).
 */
@Path("/api/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SourceResource {

  private final SourceRegistry registry;

  public SourceResource(SourceRegistry registry) {
    this.registry = registry;
  }

  @GET
  public List<Source> list() {
    return registry.list();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id) {
    return registry.get(id).map(s -> Response.ok(s).build()).orElseGet(() -> notFound(id));
  }

  @POST
  @AdminOnly
  public Response add(@Nullable SourceSpec spec) {
    Source source = required(spec).toSource();
    try {
      return Response.status(Response.Status.CREATED).entity(registry.add(source)).build();
    } catch (IllegalStateException e) {
      return error(Response.Status.CONFLICT, e.getMessage());
    }
  }

  @PUT
  @Path("{id}")
  @AdminOnly
  public Response update(@PathParam("id") String id, @Nullable SourceSpec spec) {
    SourceSpec given = required(spec);
    if (given.id() != null && !given.id().equals(id)) {
      throw new IllegalArgumentException(
          "id in body (" + given.id() + ") differs from path (" + id + ")");
    }
    Source source =
        new SourceSpec(
                id,
                given.type(),
                given.url(),
                given.interval(),
                given.enabled(),
                given.include(),
                given.exclude(),
                given.tags())
            .toSource();
    return registry.update(source).map(s -> Response.ok(s).build()).orElseGet(() -> notFound(id));
  }

  @POST
  @Path("{id}/pause")
  @AdminOnly
  public Response pause(@PathParam("id") String id) {
    return registry
        .setEnabled(id, false)
        .map(s -> Response.ok(s).build())
        .orElseGet(() -> notFound(id));
  }

  @POST
  @Path("{id}/resume")
  @AdminOnly
  public Response resume(@PathParam("id") String id) {
    return registry
        .setEnabled(id, true)
        .map(s -> Response.ok(s).build())
        .orElseGet(() -> notFound(id));
  }

  @DELETE
  @Path("{id}")
  @AdminOnly
  public Response remove(@PathParam("id") String id) {
    return registry.remove(id) ? Response.noContent().build() : notFound(id);
  }

  private static SourceSpec required(@Nullable SourceSpec spec) {
    if (spec == null) {
      throw new IllegalArgumentException("a source is required in the request body");
    }
    return spec;
  }

  private static Response notFound(String id) {
    return error(Response.Status.NOT_FOUND, "no source " + id);
  }

  private static Response error(Response.Status status, @Nullable String message) {
    return Response.status(status).entity(Map.of("error", String.valueOf(message))).build();
  }
}
