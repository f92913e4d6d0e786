package io.newsflow.dashboard;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard's REST API: recent articles (paged, filterable), one article with its dedup
 * verdict, source health, pipeline and content figures, and a Server-Sent Events stream of them.
 * Answers 503 where this process does not run the dashboard role, 400 with the reason for a bad
 * parameter. Every text field is scraped: clients must escape it.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dashboard", description = "What the pipeline is doing, from its Kafka topics")
public class DashboardResource {

  static final int MAX_SIZE = 200;
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
  private static final int MAX_FILTER = 200;

  private final DashboardService dashboard;

  public DashboardResource(DashboardService dashboard) {
    this.dashboard = dashboard;
  }

  /** What the live stream sends: every figure of the page, and the article list's version. */
  public record Snapshot(
      PipelineStats pipeline,
      List<SourceRow> sources,
      ContentStats content,
      long articlesVersion) {}

  @GET
  @Path("/articles")
  @Operation(summary = "Recent articles, newest first, filtered and paged")
  @APIResponse(responseCode = "200", description = "A page of articles")
  @APIResponse(responseCode = "400", description = "A bad parameter, with the reason")
  public ArticlePage articles(
      @Parameter(description = "Only this source id") @QueryParam("source") @Nullable String source,
      @Parameter(description = "Only articles with this tag or topic") @QueryParam("tag")
          @Nullable String tag,
      @Parameter(description = "Only articles naming this entity (case-insensitive)")
          @QueryParam("entity")
          @Nullable String entity,
      @Parameter(description = "Only this language, e.g. en") @QueryParam("language")
          @Nullable String language,
      @Parameter(description = "Page number, from 0 (default 0)") @QueryParam("page")
          @Nullable String page,
      @Parameter(description = "Articles per page, 1 to 200 (default 20)") @QueryParam("size")
          @Nullable String size) {
    DashboardService service = running();
    String lang = filter("language", language);
    if (lang != null && !LANGUAGE.matcher(lang).matches()) {
      throw new IllegalArgumentException(
          "language must be a language code such as en or pt-BR: " + lang);
    }
    int pageNumber = integer("page", page, 0, 0, Integer.MAX_VALUE / MAX_SIZE);
    int pageSize = integer("size", size, 20, 1, MAX_SIZE);
    return service
        .state()
        .articles()
        .list(
            new ArticleBook.ArticleFilter(
                filter("source", source), filter("tag", tag), filter("entity", entity), lang),
            pageNumber,
            pageSize);
  }

  @GET
  @Path("/articles/{id}")
  @Operation(
      summary = "One article: clean text, metadata, tags, entities and its dedup verdict (dedup)")
  @APIResponse(
      responseCode = "200",
      description = "The article's JSON",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema =
                  @Schema(
                      type = SchemaType.OBJECT,
                      description =
                          "The article as tagged (schema/tagged-article.schema.json in the jar),"
                              + " or as extracted when no tagger has seen it yet (article.schema"
                              + ".json), with the deduplicator's verdict under dedup: {status:"
                              + " unique|exact|near, duplicateOf, similarity, storyId}")))
  @APIResponse(responseCode = "404", description = "Not among the recent articles")
  public ObjectNode article(@PathParam("id") String id) {
    DashboardService service = running();
    if (id.length() > MAX_FILTER) {
      throw new IllegalArgumentException("id is longer than " + MAX_FILTER + " characters");
    }
    return service
        .state()
        .articles()
        .get(id)
        .orElseThrow(() -> error(Response.Status.NOT_FOUND, "no recent article " + id));
  }

  @GET
  @Path("/stats/sources")
  @Operation(summary = "Every source's health over the window, from the crawl events")
  public List<SourceRow> sources() {
    return running().sources();
  }

  @GET
  @Path("/stats/sources/{id}")
  @Operation(summary = "One source's health")
  @APIResponse(responseCode = "404", description = "Neither configured nor seen in events")
  public SourceRow source(@PathParam("id") String id) {
    return running()
        .source(id)
        .orElseThrow(() -> error(Response.Status.NOT_FOUND, "no source " + id));
  }

  @GET
  @Path("/stats/pipeline")
  @Operation(summary = "Records per minute of each stage over the window, and consumer lag")
  public PipelineStats pipeline() {
    return running().state().pipeline();
  }

  @GET
  @Path("/stats/content")
  @Operation(summary = "Top entities, tags and topics of the window, and duplicate rates")
  public ContentStats content() {
    return running().state().content();
  }

  @GET
  @Path("/stream")
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @RestStreamElementType(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Server-Sent Events: a snapshot of every figure at newsflow.dashboard.push-interval")
  public Multi<Snapshot> stream() {
    DashboardService service = running();
    return Multi.createFrom()
        .ticks()
        .every(service.config().pushInterval())
        .onOverflow()
        .drop()
        .map(tick -> snapshot(service));
  }

  static Snapshot snapshot(DashboardService service) {
    DashboardState state = service.state();
    return new Snapshot(
        state.pipeline(), service.sources(), state.content(), state.articles().version());
  }

  private DashboardService running() {
    if (!dashboard.running()) {
      throw error(
          Response.Status.SERVICE_UNAVAILABLE,
          "this process does not run the dashboard role (newsflow.roles)");
    }
    return dashboard;
  }

  private static @Nullable String filter(String name, @Nullable String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > MAX_FILTER) {
      throw new IllegalArgumentException(name + " is longer than " + MAX_FILTER + " characters");
    }
    return value.strip();
  }

  private static int integer(String name, @Nullable String value, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    int parsed;
    try {
      parsed = Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number: " + value);
    }
    if (parsed < min || parsed > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ": " + parsed);
    }
    return parsed;
  }

  private static WebApplicationException error(Response.Status status, String message) {
    return new WebApplicationException(
        Response.status(status)
            .type(MediaType.APPLICATION_JSON)
            .entity(Map.of("error", message))
            .build());
  }
}
