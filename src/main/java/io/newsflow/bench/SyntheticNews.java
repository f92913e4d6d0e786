package io.newsflow.bench;

import java.util.SplittableRandom;

/**
 * Generated news pages for benchmarks: each number gives a different, deterministic article of five
 * paragraphs inside realistic page furniture (navigation, share bar, related list, footer).
 */
public final class SyntheticNews {

  private static final String[] WHO = {
    "The harbour authority",
    "City council members",
    "Regional farmers",
    "The transit agency",
    "Hospital staff",
    "Local teachers",
    "The museum board",
    "Fishing crews",
    "The energy regulator",
    "Residents of the old town",
    "The football club",
    "University researchers"
  };
  private static final String[] DID = {
    "approved a new budget for the coming year", "warned about rising repair costs",
    "met with residents to discuss the plan", "published figures showing a steady increase",
    "asked the ministry for additional funding", "delayed a decision until next month",
    "announced a review of safety rules", "signed an agreement with two neighbouring towns"
  };
  private static final String[] WHY = {
    "after a winter of storms", "because of higher fuel prices", "following complaints",
    "ahead of the summer season", "as demand keeps growing", "after a long consultation"
  };

  private SyntheticNews() {}

  public static String title(int n) {
    SplittableRandom random = new SplittableRandom(n);
    return WHO[random.nextInt(WHO.length)] + " " + DID[random.nextInt(DID.length)] + " (" + n + ")";
  }

  /** The article page number {@code n}. */
  public static String page(int n) {
    SplittableRandom random = new SplittableRandom(n * 7919L + 17);
    StringBuilder body = new StringBuilder();
    for (int p = 0; p < 5; p++) {
      body.append("<p>");
      for (int s = 0; s < 3; s++) {
        body.append(WHO[random.nextInt(WHO.length)])
            .append(' ')
            .append(DID[random.nextInt(DID.length)])
            .append(' ')
            .append(WHY[random.nextInt(WHY.length)])
            .append(", officials said in statement number ")
            .append(n)
            .append('-')
            .append(p)
            .append('-')
            .append(s)
            .append(". ");
      }
      body.append("</p>");
    }
    String title = title(n);
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + title
        + " | Bench Gazette</title><meta property=\"og:site_name\" content=\"Bench Gazette\">"
        + "</head><body><header><nav><a href=\"/\">Home</a> <a href=\"/news/\">News</a>"
        + " <a href=\"/sport/\">Sport</a></nav></header><main><article><h1>"
        + title
        + "</h1><div class=\"share\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a></div>"
        + body
        + "</article><aside class=\"related\"><h2>Related</h2><ul><li><a href=\"/news/"
        + (n + 1)
        + ".html\">More news</a></li></ul></aside></main><footer>Copyright Bench Gazette."
        + " All rights reserved.</footer></body></html>";
  }
}
