package io.newsflow.tag;

import io.newsflow.tag.EntityDiscovery.Candidate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The entities of one text from two sources together: the gazetteer's canonical names and the names
 * {@link EntityDiscovery} finds. Within the article, a later "Matveeva" is the earlier "Anna
 * Matveeva", a name typed once keeps that type where it stands without a cue, and a name that no
 * cue ever typed is dropped. Stateless and thread-safe.
 */
final class EntityExtractor {

  private final EntityDiscovery discovery = new EntityDiscovery();

  private static final class Acc {
    final String name;
    final Set<String> mentions = new LinkedHashSet<>();
    final Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    final boolean known;
    int count;
    int first = Integer.MAX_VALUE;

    Acc(String name, boolean known) {
      this.name = name;
      this.known = known;
    }

    void add(int offset, String surface, @Nullable EntityType type) {
      count++;
      first = Math.min(first, offset);
      mentions.add(surface);
      if (type != null) {
        votes.merge(type, known ? 1000 : 1, Integer::sum);
      }
    }

    @Nullable EntityType type() {
      return votes.entrySet().stream()
          .max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey)
          .orElse(null);
    }
  }

  List<Entity> extract(String text, Gazetteer gazetteer) {
    List<Text.Token> tokens = Text.tokens(text);
    List<Mention> known = gazetteer.find(text);
    List<Candidate> candidates = discovery.discover(text, tokens, known);
    Map<String, Acc> entities = new LinkedHashMap<>();
    Set<String> personSingles = new java.util.HashSet<>();
    for (Candidate c : candidates) {
      if (c.words() == 1 && c.type() == EntityType.PERSON) {
        personSingles.add(c.name());
      }
    }
    for (Mention mention : known) {
      if (!insideSubsuming(mention, candidates)) {
        acc(entities, mention.canonical(), true)
            .add(mention.start(), mention.surface(), mention.type());
      }
    }
    Map<String, Acc> bySurname = new HashMap<>();
    List<Candidate> singles = new ArrayList<>();
    for (Candidate candidate : candidates) {
      GazetteerEntry entry = gazetteer.lookup(candidate.name());
      if (entry != null) {
        acc(entities, entry.name(), true).add(candidate.start(), candidate.name(), entry.type());
      } else if (candidate.words() == 1 && candidate.type() != EntityType.ORGANIZATION) {
        singles.add(candidate);
      } else {
        EntityType type = candidate.type();
        if (type == null && personSingles.contains(candidate.lastWord())) {
          type = EntityType.PERSON; // "Sebastien Lecornu" when "Lecornu, a close ally" said so
        }
        acc(entities, candidate.name(), false).add(candidate.start(), candidate.name(), type);
      }
    }
    for (Acc acc : entities.values()) {
      if (acc.type() == EntityType.PERSON && acc.name.indexOf(' ') > 0) {
        bySurname.putIfAbsent(lastWord(acc.name), acc);
        for (String mention : acc.mentions) {
          bySurname.putIfAbsent(lastWord(mention), acc);
        }
      }
    }
    for (Candidate single : singles) {
      Acc person = bySurname.get(single.name());
      if (person != null) {
        person.add(single.start(), single.name(), null);
      } else {
        acc(entities, single.name(), false).add(single.start(), single.name(), single.type());
      }
    }
    List<Entity> result = new ArrayList<>();
    for (Acc acc : entities.values()) {
      EntityType type = acc.type();
      if (type != null) {
        result.add(new Entity(acc.name, type, List.copyOf(acc.mentions), acc.count, acc.first));
      }
    }
    result.sort((a, b) -> Integer.compare(a.firstOffset(), b.firstOffset()));
    return result;
  }

  private static Acc acc(Map<String, Acc> entities, String name, boolean known) {
    return entities.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new Acc(name, known));
  }

  private static boolean insideSubsuming(Mention mention, List<Candidate> candidates) {
    for (Candidate c : candidates) {
      if (c.subsumes() && c.start() <= mention.start() && mention.end() <= c.end()) {
        return true;
      }
    }
    return false;
  }

  private static String lastWord(String name) {
    int space = name.lastIndexOf(' ');
    return space < 0 ? name : name.substring(space + 1);
  }
}
