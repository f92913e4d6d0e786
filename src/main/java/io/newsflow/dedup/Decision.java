package io.newsflow.dedup;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Stage three of the deduplicator: the verdict on an article from all its lookups' reports.
 *
 * <ul>
 *   <li>Exact: any member of its text-hash bucket (all were there first); the earliest is the
 *       original.
 *   <li>Near: a member that qualified in a band bucket. Two articles may meet in several bands on
 *       different partitions, and concurrent arrivals could meet in opposite orders; so a pair is
 *       decided only in the lowest band they share, where exactly one of them arrived first. That
 *       makes the decision independent of how partitions are spread over instances, and never lets
 *       two articles be each other's duplicate.
 *   <li>Story: the members of its story-name buckets that share enough names were all decided
 *       before it (they are filed there after their verdict), so their stories are known: it joins
 *       its original's story when the original is among them, else the story of the earliest; an
 *       article related to none starts a story of its own id.
 * </ul>
 */
final class Decision {

  private Decision() {}

  static Verdict decide(Profile article, List<Report> reports) {
    @Nullable Candidate exact = null;
    @Nullable Candidate near = null;
    @Nullable Profile related = null;
    for (Report report : reports) {
      for (Candidate candidate : report.candidates()) {
        Profile member = candidate.member();
        switch (report.kind()) {
          case Lookup.EXACT -> exact = earlier(exact, candidate);
          case Lookup.BAND -> {
            if (report.position() == firstSharedBand(article, member)) {
              near = earlier(near, candidate);
            }
          }
          default -> related = related == null || member.before(related) ? member : related;
        }
      }
    }
    Candidate original = exact != null ? exact : near;
    String storyId = story(article, original, related, reports);
    if (original == null) {
      return new Verdict(article.id(), DedupStatus.UNIQUE, null, 0, storyId);
    }
    return new Verdict(
        article.id(),
        exact != null ? DedupStatus.EXACT : DedupStatus.NEAR,
        original.member().id(),
        Math.round(original.similarity() * 1000) / 1000.0,
        storyId);
  }

  private static String story(
      Profile article,
      @Nullable Candidate original,
      @Nullable Profile related,
      List<Report> reports) {
    if (original != null) {
      for (Report report : reports) {
        for (Candidate candidate : report.candidates()) {
          String story = candidate.member().storyId();
          if (report.kind() == Lookup.STORY
              && story != null
              && candidate.member().id().equals(original.member().id())) {
            return story;
          }
        }
      }
    }
    if (related != null && related.storyId() != null) {
      return related.storyId();
    }
    return original != null ? original.member().id() : article.id();
  }

  private static Candidate earlier(@Nullable Candidate current, Candidate candidate) {
    return current == null || candidate.member().before(current.member()) ? candidate : current;
  }

  private static int firstSharedBand(Profile article, Profile member) {
    for (int band = 0; band < article.bands().length; band++) {
      if (article.bands()[band] == member.bands()[band]) {
        return band;
      }
    }
    return -1;
  }
}
