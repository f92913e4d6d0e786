package io.newsflow.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The sites and stories of the demo corpus, and the URL of every story. Immutable and thread-safe.
 * {@link #load()} reads the corpus that ships in the jar; {@link #of} builds any other (tests
 * render synthetic stories with it).
 */
public final class DemoCorpus {

  private static final String SITES = "demo/sites.yaml";
  private static final String STORIES = "demo/stories/%s.yaml";
  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final int SLUG_WORDS = 8;

  private final Map<String, DemoOutlet> outlets = new LinkedHashMap<>();
  private final Map<String, DemoStory> stories = new LinkedHashMap<>();

  private DemoCorpus(List<DemoOutlet> outlets, List<DemoStory> stories) {
    outlets.forEach(outlet -> this.outlets.put(outlet.key(), outlet));
    stories.stream()
        .sorted(Comparator.comparing(DemoStory::publishedAt).thenComparing(DemoStory::id))
        .forEach(this::add);
  }

  /** A corpus of the given sites and stories; rejects unknown sites and dangling syndication. */
  public static DemoCorpus of(List<DemoOutlet> outlets, List<DemoStory> stories) {
    return new DemoCorpus(outlets, stories);
  }

  /** The corpus in {@code demo/sites.yaml} and {@code demo/stories/*.yaml} on the classpath. */
  public static DemoCorpus load() {
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    List<DemoOutlet> outlets = read(yaml, SITES, new TypeReference<>() {});
    List<DemoStory> stories = new ArrayList<>();
    for (DemoOutlet outlet : outlets) {
      String resource = STORIES.formatted(outlet.key());
      List<DemoStory> ofSite = read(yaml, resource, new TypeReference<>() {});
      for (DemoStory story : ofSite) {
        if (!story.site().equals(outlet.key())) {
          throw new IllegalStateException(
              "story " + story.id() + " in " + resource + " names site " + story.site());
        }
      }
      stories.addAll(ofSite);
    }
    return of(outlets, stories);
  }

  private static <T> T read(ObjectMapper yaml, String resource, TypeReference<T> type) {
    try (InputStream in = DemoCorpus.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return yaml.readValue(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private void add(DemoStory story) {
    if (!outlets.containsKey(story.site())) {
      throw new IllegalArgumentException("story " + story.id() + ": unknown site " + story.site());
    }
    if (stories.containsKey(story.id())) {
      throw new IllegalArgumentException("duplicate story id " + story.id());
    }
    if (story.syndicates() != null && !stories.containsKey(story.syndicates())) {
      throw new IllegalArgumentException(
          "story " + story.id() + " syndicates " + story.syndicates() + ", not published before");
    }
    stories.put(story.id(), story);
  }

  /** The sites, in the order of {@code sites.yaml}. */
  public List<DemoOutlet> outlets() {
    return List.copyOf(outlets.values());
  }

  /** All stories, oldest first. */
  public List<DemoStory> stories() {
    return List.copyOf(stories.values());
  }

  /** The stories one site publishes, newest first. */
  public List<DemoStory> storiesOf(DemoOutlet outlet) {
    return stories.values().stream()
        .filter(story -> story.site().equals(outlet.key()))
        .sorted(Comparator.comparing(DemoStory::publishedAt).reversed())
        .toList();
  }

  /** The story with this id; throws if there is none. */
  public DemoStory story(String id) {
    DemoStory story = stories.get(id);
    if (story == null) {
      throw new IllegalArgumentException("no story " + id);
    }
    return story;
  }

  /** The site that publishes the story. */
  public DemoOutlet outletOf(DemoStory story) {
    return outlets.get(story.site());
  }

  /** The event a story reports: its declared event, its original's, or its own id. */
  public String eventOf(DemoStory story) {
    if (story.event() != null) {
      return story.event();
    }
    return story.syndicates() != null ? eventOf(story(story.syndicates())) : story.id();
  }

  /** The canonical URL of the story's page on its site. */
  public String urlOf(DemoStory story) {
    DemoOutlet outlet = outletOf(story);
    var date = story.publishedAt().atZone(ZoneOffset.UTC).toLocalDate();
    String path =
        outlet
            .pathTemplate()
            .replace("{section}", story.section())
            .replace("{date}", DateTimeFormatter.ISO_LOCAL_DATE.format(date))
            .replace("{yyyy}", "%04d".formatted(date.getYear()))
            .replace("{mm}", "%02d".formatted(date.getMonthValue()))
            .replace("{dd}", "%02d".formatted(date.getDayOfMonth()))
            .replace("{lang}", story.language())
            .replace("{slug}", slug(story.title()));
    return "https://" + outlet.host() + path;
  }

  /** The first words of a title, lower case ASCII, joined by hyphens. */
  static String slug(String title) {
    String ascii = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFD)).replaceAll("");
    String[] words =
        NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll(" ").strip().split(" ");
    return String.join("-", List.of(words).subList(0, Math.min(SLUG_WORDS, words.length)));
  }
}
