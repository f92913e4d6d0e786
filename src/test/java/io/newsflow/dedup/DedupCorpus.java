package io.newsflow.dedup;

import com.fasterxml.jackson.databind.MappingIterator;
import io.newsflow.article.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The deduplicator's evaluation stream: the articles written for the project ({@code
 * dedup/articles.jsonl}) plus variants generated from them with a fixed seed, each with its truth.
 *
 * <p>Planted duplicates: the same body on another URL, site boilerplate lines added at the top and
 * bottom, a changed headline, one sentence removed, one sentence added, an "Updated" line,
 * typographic changes, and combinations of two edits. Hard negatives: the corpus's own articles
 * (same-story groups, articles sharing the site footer, briefs), half of one article spliced with
 * half of another, and the lead of an article cut to a brief. Every derived item comes after what
 * it was made from; the order is shuffled but fixed.
 */
final class DedupCorpus {

  static final String RESOURCE = "dedup/articles.jsonl";
  static final long SEED = 20260306L;

  /** How the site footer some corpus articles share begins. */
  static final String FOOTER = "The Lakeside Tribune is published by Lakeside Media Group";

  /** One article as written in the corpus file. */
  record Article(
      String id,
      String url,
      String title,
      Instant publishedAt,
      String text,
      List<String> entities,
      @Nullable String story,
      @Nullable String summarises) {

    Article {
      entities = List.copyOf(entities);
    }

    boolean brief() {
      return Shingles.words(text).size() < 50;
    }
  }

  /** How an item of the stream was made. */
  enum Kind {
    ORIGINAL(false),
    OTHER_URL(true),
    BOILERPLATE(true),
    HEADLINE(true),
    SENTENCE_REMOVED(true),
    SENTENCE_ADDED(true),
    UPDATED_LINE(true),
    TYPOGRAPHY(true),
    COMBINED(true),
    SPLICE(false),
    LEAD_BRIEF(false);

    final boolean duplicate;

    Kind(boolean duplicate) {
      this.duplicate = duplicate;
    }

    String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * One article of the stream and its truth.
   *
   * @param original the corpus article it was made from (its own id for an original)
   * @param second the other article of a splice
   * @param edits the edits of a duplicate (one, or two for {@link Kind#COMBINED})
   */
  record Item(
      String id,
      String url,
      String title,
      Instant publishedAt,
      String text,
      List<String> entities,
      Kind kind,
      Set<Kind> edits,
      String original,
      @Nullable String second) {

    boolean duplicate() {
      return kind.duplicate;
    }

    String describe() {
      return kind == Kind.COMBINED
          ? edits.stream().map(Kind::label).collect(Collectors.joining("+"))
          : kind.label();
    }
  }

  private static final List<Kind> SINGLE =
      List.of(
          Kind.OTHER_URL,
          Kind.BOILERPLATE,
          Kind.HEADLINE,
          Kind.SENTENCE_REMOVED,
          Kind.SENTENCE_ADDED,
          Kind.UPDATED_LINE,
          Kind.TYPOGRAPHY);
  private static final List<Kind> EDITS = SINGLE.subList(1, SINGLE.size());
  private static final String[] SITES = {
    "Daily Roundup", "Regional Wire", "Morning Post", "City Beat", "News Now", "The Courier"
  };
  private static final String[] TOP_LINES = {
    "Follow us on Facebook, X and Instagram for the latest news.",
    "Listen to this article",
    "Advertisement",
    "Share this story",
    "Sign up for our morning newsletter."
  };
  private static final String[] BOTTOM_LINES = {
    "Read more: %s",
    "© 2026 %s. All rights reserved.",
    "Follow us on WhatsApp for breaking news alerts.",
    "Have a story? Contact our newsroom.",
    "More from %s"
  };
  private static final String[] ADDED = {
    "A spokesperson said further details would be published later in the day.",
    "The organisation did not respond to a request for comment before publication.",
    "Local media reported similar figures, citing officials who asked not to be named.",
    "More information is expected at a press conference scheduled for Friday morning.",
    "The full statement was posted on the authority's website on Tuesday evening."
  };
  private static final Pattern SENTENCE_END =
      Pattern.compile("(?<=[.!?]|[.!?][\"”’])\\s+(?=[\"“‘]?[\\p{Lu}0-9])");

  private final List<Article> articles;
  private final List<Item> stream;
  private final Map<String, Set<String>> groups = new HashMap<>();

  private DedupCorpus(List<Article> articles, List<Item> stream) {
    this.articles = articles;
    this.stream = stream;
    for (Item item : stream) {
      if (item.kind() == Kind.ORIGINAL || item.duplicate()) {
        groups.computeIfAbsent(item.original(), k -> new LinkedHashSet<>()).add(item.id());
      }
    }
  }

  /** The corpus with its generated stream (fixed seed). */
  static DedupCorpus load() {
    return load(SEED);
  }

  /** The corpus with the variants, negatives and order another seed gives. */
  static DedupCorpus load(long seed) {
    List<Article> articles = readArticles();
    return new DedupCorpus(articles, generate(articles, new SplittableRandom(seed)));
  }

  static List<Article> readArticles() {
    try (InputStream in = DedupCorpus.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      try (MappingIterator<Article> lines = Json.mapper().readerFor(Article.class).readValues(in)) {
        return List.copyOf(lines.readAll());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(RESOURCE, e);
    }
  }

  List<Article> articles() {
    return articles;
  }

  Article article(String id) {
    return articles.stream()
        .filter(a -> a.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no article " + id));
  }

  /** Originals and generated items in stream order. */
  List<Item> stream() {
    return stream;
  }

  /** The ids a duplicate of {@code original} may name as {@code duplicateOf}. */
  Set<String> group(String original) {
    return groups.getOrDefault(original, Set.of(original));
  }

  private static List<Item> generate(List<Article> articles, SplittableRandom random) {
    List<Item> originals = new ArrayList<>();
    for (Article a : articles) {
      originals.add(
          new Item(
              a.id(),
              a.url(),
              a.title(),
              a.publishedAt(),
              a.text(),
              a.entities(),
              Kind.ORIGINAL,
              Set.of(),
              a.id(),
              null));
    }
    List<Item> derived = new ArrayList<>();
    List<Article> longOnes = articles.stream().filter(a -> !a.brief()).toList();
    for (int i = 0; i < longOnes.size(); i++) {
      Article a = longOnes.get(i);
      derived.add(variant(a, EnumSet.of(SINGLE.get(i % SINGLE.size())), random));
      derived.add(variant(a, EnumSet.of(SINGLE.get((i + 3) % SINGLE.size())), random));
      Kind first = EDITS.get(random.nextInt(EDITS.size()));
      Kind second = first;
      while (second == first) {
        second = EDITS.get(random.nextInt(EDITS.size()));
      }
      derived.add(variant(a, EnumSet.of(first, second), random));
    }
    int n = 0;
    for (Article a : articles) {
      if (a.brief()) {
        derived.add(
            variant(a, EnumSet.of(n++ % 2 == 0 ? Kind.OTHER_URL : Kind.TYPOGRAPHY), random));
      }
    }
    Set<String> spliced = new HashSet<>();
    for (int i = 0; spliced.size() < 12; i++) {
      Article a = longOnes.get(random.nextInt(longOnes.size()));
      Article b = longOnes.get(random.nextInt(longOnes.size()));
      if (i < 2) {
        a = longOnes.get(i * 3);
        b = longOnes.get(i * 3 + 1); // two splices within a same-story group
      }
      if (a != b && spliced.add(a.id() + "~" + b.id())) {
        derived.add(splice(a, b, random));
      }
    }
    Set<String> briefed = new HashSet<>();
    while (briefed.size() < 8) {
      Article a = longOnes.get(random.nextInt(longOnes.size()));
      if (briefed.add(a.id())) {
        derived.add(leadBrief(a, random));
      }
    }
    List<Item> unique = derived;
    return interleave(originals, unique, random);
  }

  /**
   * The arrival order: roughly by publication time, as a crawler delivers them (each item's time
   * plus up to six hours of random delay), with every derived item moved after what it was made
   * from when its delay would put it first. A fully random order over the corpus's five days would
   * be no stream a crawler produces: windowed stores drop what arrives later than their window.
   */
  private static List<Item> interleave(
      List<Item> originals, List<Item> derived, SplittableRandom random) {
    List<Item> all = new ArrayList<>(originals);
    all.addAll(derived);
    Map<String, Long> arrival = new HashMap<>();
    for (Item item : all) {
      arrival.put(item.id(), item.publishedAt().toEpochMilli() + random.nextLong(6 * 3600 * 1000L));
    }
    all.sort(
        Comparator.comparingLong((Item item) -> arrival.get(item.id())).thenComparing(Item::id));
    List<Item> out = new ArrayList<>(all);
    for (Item item : derived) {
      int at = out.indexOf(item);
      int after = indexOf(out, item.original());
      if (item.second() != null) {
        after = Math.max(after, indexOf(out, item.second()));
      }
      if (at < after) {
        out.remove(at);
        out.add(after, item); // right after its last parent, which moved up by one
      }
    }
    return List.copyOf(out);
  }

  private static int indexOf(List<Item> items, String id) {
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalStateException("no item " + id);
  }

  private static Item variant(Article a, Set<Kind> edits, SplittableRandom random) {
    String site = SITES[random.nextInt(SITES.length)];
    String title = a.title();
    List<String> lines = new ArrayList<>(List.of(a.text().split("\n")));
    for (Kind edit : edits) {
      switch (edit) {
        case BOILERPLATE:
          int top = 1 + random.nextInt(2);
          int bottom = 1 + random.nextInt(2);
          for (int i = 0; i < top; i++) {
            lines.add(i, TOP_LINES[(random.nextInt(TOP_LINES.length) + i) % TOP_LINES.length]);
          }
          for (int i = 0; i < bottom; i++) {
            String line = BOTTOM_LINES[(random.nextInt(BOTTOM_LINES.length) + i) % 5];
            lines.add(String.format(Locale.ROOT, line, line.startsWith("Read") ? "Local" : site));
          }
          break;
        case HEADLINE:
          title = headline(title, site, random);
          break;
        case SENTENCE_REMOVED:
          removeSentence(lines, random);
          break;
        case SENTENCE_ADDED:
          addSentence(lines, random);
          break;
        case UPDATED_LINE:
          lines.add(
              0,
              String.format(
                  Locale.ROOT,
                  "Updated %02d:%02d GMT",
                  6 + random.nextInt(16),
                  random.nextInt(60)));
          break;
        case TYPOGRAPHY:
          lines = typography(lines);
          break;
        default:
          break; // OTHER_URL: the same body, elsewhere
      }
    }
    Kind kind = edits.size() > 1 ? Kind.COMBINED : edits.iterator().next();
    String label = edits.stream().map(Kind::label).collect(Collectors.joining("+"));
    String slug = site.toLowerCase(Locale.ROOT).replace(' ', '-').replace("the-", "");
    return new Item(
        a.id() + "~" + label,
        "https://" + slug + ".example/" + a.id() + "/" + label,
        title,
        a.publishedAt().plus(Duration.ofMinutes(30 + random.nextInt(30 * 60))),
        String.join("\n", lines),
        a.entities(),
        kind,
        Set.copyOf(edits),
        a.id(),
        null);
  }

  private static String headline(String title, String site, SplittableRandom random) {
    switch (random.nextInt(4)) {
      case 0:
        return "Breaking: " + title;
      case 1:
        return title + " | " + site;
      case 2:
        return "What we know: " + title.toLowerCase(Locale.ROOT);
      default:
        return title + " (video)";
    }
  }

  /** Paragraph indexes that are body prose: not a heading, not the shared site footer. */
  private static List<Integer> prose(List<String> lines) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!heading(line) && !line.startsWith(FOOTER)) {
        out.add(i);
      }
    }
    return out;
  }

  static boolean heading(String line) {
    return line.split("\\s+").length <= 6 && !line.matches(".*[.!?\"”’:]$");
  }

  /**
   * Removes one sentence, not the lead: a random one of those holding at most 8% of the words (an
   * editor's trim, not a cut of a third of a short piece), else the shortest.
   */
  private static void removeSentence(List<String> lines, SplittableRandom random) {
    int total = Shingles.words(String.join(" ", lines)).size();
    List<int[]> small = new ArrayList<>();
    int[] shortest = null;
    for (int p : prose(lines)) {
      List<String> sentences = sentences(lines.get(p));
      for (int s = 0; s < sentences.size(); s++) {
        if (p == prose(lines).get(0) && s == 0) {
          continue; // keep the lead sentence
        }
        int words = Shingles.words(sentences.get(s)).size();
        int[] candidate = {p, s, words};
        if (words <= total * 0.08) {
          small.add(candidate);
        }
        if (shortest == null || words < shortest[2]) {
          shortest = candidate;
        }
      }
    }
    int[] chosen = small.isEmpty() ? shortest : small.get(random.nextInt(small.size()));
    List<String> sentences = sentences(lines.get(chosen[0]));
    if (sentences.size() == 1) {
      lines.remove(chosen[0]);
    } else {
      sentences.remove(chosen[1]);
      lines.set(chosen[0], String.join(" ", sentences));
    }
  }

  private static void addSentence(List<String> lines, SplittableRandom random) {
    List<Integer> prose = prose(lines);
    int p = prose.get(random.nextInt(prose.size()));
    lines.set(p, lines.get(p) + " " + ADDED[random.nextInt(ADDED.length)]);
  }

  static List<String> sentences(String paragraph) {
    return new ArrayList<>(List.of(SENTENCE_END.split(paragraph)));
  }

  /** Curly quotes straightened or straight ones curled, dashes, double spaces, a heading's case. */
  static List<String> typography(List<String> lines) {
    String text = String.join("\n", lines);
    if (text.matches("(?s).*[“”‘’].*")) {
      text = text.replaceAll("[“”]", "\"").replaceAll("[‘’]", "'");
    } else {
      text = text.replaceAll("(?<=[\\p{L}])'(?=\\p{L})", "’");
      text = text.replaceAll("\"(?=\\S)", "“").replaceAll("\"", "”");
    }
    text = text.replace(" — ", " - ").replace(" - ", " – ");
    text = SENTENCE_END.matcher(text).replaceAll("  ");
    List<String> out = new ArrayList<>(List.of(text.split("\n")));
    for (int i = 0; i < out.size(); i++) {
      if (heading(out.get(i))) {
        out.set(i, out.get(i).toUpperCase(Locale.ROOT));
        break;
      }
    }
    return out;
  }

  /**
   * The first half of {@code a}'s body and the second half of {@code b}'s, then {@code b}'s site
   * footer if it has one: the footer is not body, or the "half" of a short article with the footer
   * would be almost all of it.
   */
  private static Item splice(Article a, Article b, SplittableRandom random) {
    List<String> first = body(a);
    List<String> second = body(b);
    List<String> lines = new ArrayList<>(first.subList(0, half(first)));
    lines.addAll(second.subList(half(second), second.size()));
    List<String> all = List.of(b.text().split("\n"));
    lines.addAll(all.subList(second.size(), all.size()));
    List<String> entities =
        new ArrayList<>(a.entities().subList(0, Math.min(3, a.entities().size())));
    entities.addAll(b.entities().subList(0, Math.min(3, b.entities().size())));
    Instant later = a.publishedAt().isAfter(b.publishedAt()) ? a.publishedAt() : b.publishedAt();
    return new Item(
        a.id() + "~splice~" + b.id(),
        "https://spliced.example/" + a.id() + "-" + b.id(),
        a.title(),
        later.plus(Duration.ofMinutes(30 + random.nextInt(600))),
        String.join("\n", lines),
        List.copyOf(new LinkedHashSet<>(entities)),
        Kind.SPLICE,
        Set.of(),
        a.id(),
        b.id());
  }

  private static List<String> body(Article a) {
    List<String> lines = new ArrayList<>(List.of(a.text().split("\n")));
    if (lines.get(lines.size() - 1).startsWith(FOOTER)) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /** The number of leading paragraphs that hold about half the words. */
  private static int half(List<String> paragraphs) {
    int total = Shingles.words(String.join(" ", paragraphs)).size();
    int words = 0;
    for (int i = 0; i < paragraphs.size(); i++) {
      words += Shingles.words(paragraphs.get(i)).size();
      if (words * 2 >= total) {
        return Math.max(1, Math.min(i + 1, paragraphs.size() - 1));
      }
    }
    return paragraphs.size() / 2;
  }

  private static Item leadBrief(Article a, SplittableRandom random) {
    StringBuilder brief = new StringBuilder();
    for (String sentence : sentences(a.text().split("\n")[0])) {
      int words = Shingles.words(brief + " " + sentence).size();
      if (words > 45 && brief.length() > 0) {
        break;
      }
      brief.append(brief.length() == 0 ? "" : " ").append(sentence);
    }
    List<String> words = Shingles.rawWords(brief.toString());
    String text =
        words.size() > 45 ? String.join(" ", words.subList(0, 45)) + "." : brief.toString();
    return new Item(
        a.id() + "~lead-brief",
        "https://briefs.example/" + a.id(),
        a.title(),
        a.publishedAt().plus(Duration.ofMinutes(5 + random.nextInt(120))),
        text,
        a.entities().subList(0, Math.min(2, a.entities().size())),
        Kind.LEAD_BRIEF,
        Set.of(),
        a.id(),
        null);
  }

  /** Items by id, in stream order. */
  Map<String, Item> byId() {
    Map<String, Item> out = new LinkedHashMap<>();
    stream.forEach(i -> out.put(i.id(), i));
    return out;
  }
}
