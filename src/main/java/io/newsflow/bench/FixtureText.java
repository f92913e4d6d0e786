package io.newsflow.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Article texts for the pipeline fixture: each seed gives a different, deterministic news story of
 * five paragraphs (about 270 words), and three kinds of planted copies of a story: an exact copy,
 * the same words in another form (case, punctuation, typographic quotes), and a near copy (two
 * words edited, a syndication line added) whose word 5-shingles overlap the original's by about 90
 * percent. Distinct stories share almost no 5-shingles: every sentence joins four independently
 * drawn phrases and a number. Stateless.
 */
final class FixtureText {

  private static final String[] SUBJECTS = {
    "The city council",
    "Regional health officials",
    "A group of local farmers",
    "The national rail operator",
    "Two opposition lawmakers",
    "The central bank",
    "Researchers at the university",
    "Hospital managers",
    "The port authority",
    "Union representatives",
    "The environment ministry",
    "Shop owners in the old town",
    "The water utility",
    "Fire brigade commanders",
    "The school board",
    "Airline executives",
    "The football federation",
    "Police investigators",
    "The state prosecutor",
    "Museum curators",
    "Wine growers",
    "The housing cooperative",
    "Parents of young pupils",
    "Taxi drivers",
    "The coast guard",
    "A panel of judges",
    "Mountain rescue teams",
    "The tourism office",
    "Software engineers",
    "Construction firms",
    "The energy regulator",
    "Village mayors",
    "The transport minister",
    "Fishing crews",
    "Climate scientists",
    "The opera house",
    "Bus company managers",
    "Student unions",
    "The weather service",
    "Dairy producers"
  };
  private static final String[] VERBS = {
    "approved",
    "rejected",
    "criticised",
    "postponed",
    "announced",
    "defended",
    "questioned",
    "welcomed",
    "published",
    "reviewed",
    "funded",
    "proposed",
    "challenged",
    "completed",
    "suspended",
    "expanded",
    "investigated",
    "supported",
    "cancelled",
    "launched",
    "delayed",
    "endorsed",
    "opposed",
    "revised",
    "presented",
    "unveiled",
    "discussed",
    "doubled",
    "scaled back",
    "signed",
    "tested",
    "praised",
    "blocked",
    "outlined",
    "restored",
    "mapped",
    "audited",
    "simplified",
    "renewed",
    "contested"
  };
  private static final String[] OBJECTS = {
    "a plan to rebuild the harbour wall",
    "new limits on night flights",
    "the budget for road repairs",
    "a report on air quality",
    "plans for a second bridge",
    "higher fees for parking",
    "a scheme to plant urban trees",
    "the new ferry timetable",
    "an inquiry into hospital waiting lists",
    "a ban on diesel buses",
    "the rules for street markets",
    "a subsidy for solar panels",
    "the merger of two schools",
    "a study of river pollution",
    "the closure of a rural clinic",
    "a fund for flood defences",
    "the sale of public land",
    "a reform of pension payments",
    "cheaper tickets for students",
    "a new cycle lane network",
    "the lease of the old stadium",
    "stricter checks on food imports",
    "a programme for apprentices",
    "the expansion of the airport",
    "a tax on holiday rentals",
    "the repair of the cathedral roof",
    "a register of empty homes",
    "the speed limit near schools",
    "a pilot for electric ferries",
    "the design of the new library",
    "a deal with the cleaning contractors",
    "the reopening of the mine",
    "a curfew for late bars",
    "the plan for affordable housing",
    "a contract for snow clearing",
    "the digital archive project",
    "a hotline for victims of fraud",
    "new opening hours for pools",
    "the protection of wetlands",
    "a levy on plastic packaging"
  };
  private static final String[] TAILS = {
    "after months of debate",
    "despite strong objections",
    "ahead of the winter season",
    "following a sharp rise in costs",
    "in a vote on Tuesday",
    "before the end of the year",
    "amid complaints from residents",
    "under pressure from the courts",
    "at a crowded public meeting",
    "for the third time this decade",
    "without a clear majority",
    "with support from both parties",
    "after an independent review",
    "as demand keeps growing",
    "in spite of a funding gap",
    "once the inspection was over",
    "during a tense late session",
    "after the storms of last month",
    "to the surprise of many observers",
    "following a petition with many signatures",
    "while the audit is still running",
    "as prices continue to climb",
    "at the request of the governor",
    "after talks broke down twice",
    "in the wake of the recent strike",
    "ahead of the regional elections",
    "because of new safety rules",
    "after a long consultation",
    "following a leaked memo",
    "to meet the national targets"
  };
  private static final String[] PLACES = {
    "Lisbon",
    "Rotterdam",
    "Gdansk",
    "Valencia",
    "Bergen",
    "Trieste",
    "Aarhus",
    "Porto",
    "Bilbao",
    "Tampere",
    "Graz",
    "Leipzig",
    "Lyon",
    "Turin",
    "Ghent",
    "Cork",
    "Malmo",
    "Brno",
    "Split",
    "Plovdiv",
    "Tartu",
    "Kaunas",
    "Nantes",
    "Seville",
    "Utrecht",
    "Bordeaux",
    "Basel",
    "Linz"
  };
  private static final String[] FIRST = {
    "Anna", "Marek", "Sofia", "Jonas", "Elena", "Pieter", "Ingrid", "Tomas", "Clara", "Luca",
    "Maria", "Henrik", "Ruth", "Oskar", "Nadia", "Felix", "Irene", "Mateo", "Lena", "Victor"
  };
  private static final String[] LAST = {
    "Berg", "Novak", "Costa", "Lindqvist", "Moreau", "Janssen", "Rossi", "Kowalski", "Silva",
    "Hansen", "Petrov", "Weber", "Dumont", "Varga", "Keller", "Ortega", "Nilsen", "Horvat"
  };

  private FixtureText() {}

  /** The headline of story {@code seed}. */
  static String title(long seed) {
    SplittableRandom random = new SplittableRandom(seed * 31 + 7);
    return pick(random, SUBJECTS)
        + " "
        + pick(random, VERBS)
        + " "
        + pick(random, OBJECTS)
        + " in "
        + pick(random, PLACES);
  }

  /** The paragraphs of story {@code seed}. */
  static List<String> story(long seed) {
    SplittableRandom random = new SplittableRandom(seed * 7919 + 17);
    String place = pick(random, PLACES);
    List<String> paragraphs = new ArrayList<>();
    for (int p = 0; p < 5; p++) {
      StringBuilder paragraph = new StringBuilder();
      for (int s = 0; s < 3; s++) {
        if (s > 0) {
          paragraph.append(' ');
        }
        if (p == 1 && s == 1) {
          paragraph
              .append("\"We expect the work in ")
              .append(place)
              .append(" to take about ")
              .append(2 + random.nextInt(40))
              .append(" weeks, and we will report back,\" said ")
              .append(pick(random, FIRST))
              .append(' ')
              .append(pick(random, LAST))
              .append(", who speaks for the project.");
          continue;
        }
        paragraph
            .append(pick(random, SUBJECTS))
            .append(' ')
            .append(pick(random, VERBS))
            .append(' ')
            .append(pick(random, OBJECTS))
            .append(' ')
            .append(pick(random, TAILS))
            .append(", according to document ")
            .append(random.nextInt(1_000_000))
            .append('.');
      }
      paragraphs.add(paragraph.toString());
    }
    return List.copyOf(paragraphs);
  }

  /**
   * The same words in another form: one sentence in capitals, typographic quotes and apostrophes,
   * semicolons for commas. Equal to the original once case, punctuation and quotes are folded.
   */
  static List<String> restyled(List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      String text = paragraphs.get(p).replace(", ", "; ");
      text = text.replaceFirst("\"", "\u201c").replaceFirst("\"", "\u201d");
      if (p == 2) {
        int end = text.indexOf(". ");
        text = text.substring(0, end).toUpperCase(Locale.ROOT) + text.substring(end);
      }
      out.add(text);
    }
    return List.copyOf(out);
  }

  /**
   * A near copy: one word edited in the second and fourth paragraphs, and a syndication line added
   * as a last paragraph.
   */
  static List<String> edited(List<String> paragraphs, String agency) {
    List<String> out = new ArrayList<>(paragraphs);
    out.set(1, out.get(1).replaceFirst(" said ", " stated "));
    out.set(3, out.get(3).replaceFirst(" according to ", " based on "));
    out.add("This story was distributed by " + agency + " and edited for length.");
    return List.copyOf(out);
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
