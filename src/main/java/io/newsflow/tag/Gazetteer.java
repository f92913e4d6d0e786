package io.newsflow.tag;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ahocorasick.trie.Emit;
import org.ahocorasick.trie.Trie;

/**
 * Canonical entities matched by name in linear time: every name and alias goes into one
 * Aho-Corasick automaton; matching is case-sensitive, on whole words, longest match first. A place
 * name of four letters or more also matches in capitals ({@code MOSCOW}). Immutable and
 * thread-safe; reloading builds a new instance.
 */
public final class Gazetteer {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private final List<GazetteerEntry> entries;
  private final Map<String, GazetteerEntry> bySurface;
  private final Trie trie;

  public Gazetteer(List<GazetteerEntry> entries) {
    this.entries = List.copyOf(entries);
    Map<String, GazetteerEntry> surfaces = new HashMap<>();
    for (GazetteerEntry entry : this.entries) {
      List<String> forms = new ArrayList<>();
      forms.add(entry.name());
      forms.addAll(entry.aliases());
      for (String form : forms) {
        surfaces.putIfAbsent(form.strip(), entry);
        String upper = form.toUpperCase(Locale.ROOT);
        if (entry.type() == EntityType.PLACE && form.length() >= 4 && !upper.equals(form)) {
          surfaces.putIfAbsent(upper, entry);
        }
      }
    }
    this.bySurface = Map.copyOf(surfaces);
    this.trie =
        Trie.builder().onlyWholeWords().ignoreOverlaps().addKeywords(bySurface.keySet()).build();
  }

  /** Reads a YAML list of entries ({@code - {name: ..., type: ..., aliases: [...]}}). */
  public static Gazetteer load(InputStream yaml, String origin) {
    try {
      List<GazetteerEntry> entries = YAML.readValue(yaml, new TypeReference<>() {});
      return new Gazetteer(entries == null ? List.of() : entries);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot read gazetteer " + origin + ": " + e.getMessage(), e);
    }
  }

  /** The gazetteer shipped in the jar. */
  public static Gazetteer builtIn() {
    return load(Resources.open(Resources.GAZETTEER), Resources.GAZETTEER);
  }

  public List<GazetteerEntry> entries() {
    return entries;
  }

  /** The entry a surface form names exactly, if any. */
  public GazetteerEntry lookup(String surface) {
    return bySurface.get(surface);
  }

  /** Every known name in the text, in order, without overlaps. */
  public List<Mention> find(String text) {
    List<Mention> mentions = new ArrayList<>();
    for (Emit emit : trie.parseText(text)) {
      GazetteerEntry entry = bySurface.get(emit.getKeyword());
      int start = emit.getStart();
      int end = emit.getEnd() + 1;
      if (entry == null || (entry.isAmbiguous() && nextToCapitalized(text, start, end))) {
        continue;
      }
      mentions.add(new Mention(start, end, emit.getKeyword(), entry.name(), entry.type(), true));
    }
    mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return mentions;
  }

  /** True when a capitalized word stands right before or after {@code [start, end)}. */
  private static boolean nextToCapitalized(String text, int start, int end) {
    int before = start - 1;
    if (before >= 0 && text.charAt(before) == ' ') {
      int wordEnd = before;
      int wordStart = wordEnd;
      while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      if (wordStart < wordEnd
          && Character.isUpperCase(text.charAt(wordStart))
          && !Text.isSentenceStart(text, wordStart)) {
        return true;
      }
    }
    return end + 1 < text.length()
        && text.charAt(end) == ' '
        && Character.isUpperCase(text.charAt(end + 1));
  }
}
