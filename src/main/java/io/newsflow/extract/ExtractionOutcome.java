package io.newsflow.extract;

import java.util.Objects;

/**
 * What {@link ArticleExtractor#extract} made of one page: an article, a page that holds none, or a
 * failure. Reasons are short, human-readable and never null.
 */
public sealed interface ExtractionOutcome {

  /** The page held an article. */
  record Extracted(ExtractedPage page) implements ExtractionOutcome {
    public Extracted {
      Objects.requireNonNull(page, "page");
    }
  }

  /** The page was read, but it holds no article (a section front, an empty page, binary data). */
  record NotAnArticle(String reason) implements ExtractionOutcome {
    public NotAnArticle {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Extraction broke on this page; the reason names the error. */
  record Failed(String reason) implements ExtractionOutcome {
    public Failed {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
