package io.newsflow.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchDeduplicatorTest {

  static final String WIRE =
      "The central bank raised its main interest rate by a quarter point on Thursday, the third"
          + " increase this year, saying inflation had proved more stubborn than expected. The"
          + " governor told reporters that prices for services were still rising quickly and that"
          + " wage growth remained strong across most sectors of the economy. Markets had largely"
          + " expected the move, and the currency rose slightly after the announcement. Economists"
          + " said the bank was likely to pause at its next meeting to judge how households and"
          + " businesses cope with higher borrowing costs. Mortgage lenders said they would pass"
          + " on the increase within days. The opposition criticised the decision, arguing that"
          + " families already struggling with energy bills would be hit hardest. The bank will"
          + " publish its next forecasts in six weeks.";

  static final String OTHER =
      "Heavy rain caused flooding across the northern valleys overnight, closing roads and"
          + " forcing dozens of families to leave their homes. Emergency crews used boats to reach"
          + " villages cut off by the rising river, and the regional government opened shelters"
          + " in three schools. Forecasters warned that more rain was expected over the weekend"
          + " and urged residents to avoid unnecessary travel. The railway operator suspended"
          + " services on two lines after a landslide blocked the tracks near the border. Farmers"
          + " said the water had destroyed much of the autumn harvest in the lowest fields.";

  private final BatchDeduplicator dedup =
      new BatchDeduplicator(DedupSettings.defaults(), Instant.parse("2026-11-20T12:00:00Z"));

  private static DedupInput article(String id, String text, String... entities) {
    return new DedupInput(id, text, null, null, null, List.of(entities));
  }

  @Test
  void theSameTextElsewhereIsAnExactCopyOfTheFirst() {
    assertThat(dedup.accept(article("a", WIRE)).orElseThrow().status())
        .isEqualTo(DedupStatus.UNIQUE);
    Verdict copy = dedup.accept(article("b", WIRE.toUpperCase().replace(",", " ,"))).orElseThrow();

    assertThat(copy.status()).isEqualTo(DedupStatus.EXACT);
    assertThat(copy.duplicateOf()).isEqualTo("a");
    assertThat(copy.similarity()).isEqualTo(1.0);
    assertThat(copy.storyId()).isEqualTo("a");
  }

  @Test
  void aLightlyEditedCopyIsNearAndAnUnrelatedTextIsUnique() {
    dedup.accept(article("a", WIRE));
    Verdict edited =
        dedup
            .accept(
                article(
                    "b",
                    "Updated 14:05 GMT. "
                        + WIRE.replace(
                            " Mortgage lenders said they would pass on the increase"
                                + " within days.",
                            "")))
            .orElseThrow();
    Verdict other = dedup.accept(article("c", OTHER)).orElseThrow();

    assertThat(edited.status()).isEqualTo(DedupStatus.NEAR);
    assertThat(edited.duplicateOf()).isEqualTo("a");
    assertThat(edited.similarity()).isBetween(0.7, 1.0);
    assertThat(other.status()).isEqualTo(DedupStatus.UNIQUE);
    assertThat(other.storyId()).isEqualTo("c");
  }

  @Test
  void aShortBriefIsNeverANearCopyOfALongText() {
    dedup.accept(article("long", WIRE));
    String brief = WIRE.substring(0, WIRE.indexOf(" Markets"));

    assertThat(dedup.accept(article("brief", brief)).orElseThrow().status())
        .isEqualTo(DedupStatus.UNIQUE);
  }

  @Test
  void aReplayOfTheSameArticleIsNotDecidedTwice() {
    dedup.accept(article("a", WIRE));

    assertThat(dedup.accept(article("a", WIRE))).isEmpty();
    assertThat(dedup.rememberedArticles()).isEqualTo(1);
  }

  static final String MARSH =
      " Governor Elena Marsh of the Northland Reserve Bank spoke in Halvik. Elena Marsh said the"
          + " Northland Reserve Bank would meet again in Halvik next month.";

  static final String FOOTER =
      " The Lakeside Tribune is published by Lakeside Media Group in England and Wales.";

  @Test
  void articlesSharingCentralNamesShareAStoryWithoutBeingDuplicates() {
    String[] names = {"Elena Marsh", "Northland Reserve Bank", "Halvik"};
    Verdict first = dedup.accept(article("a", WIRE + MARSH, names)).orElseThrow();
    Verdict second = dedup.accept(article("b", OTHER + MARSH, names)).orElseThrow();
    Verdict third = dedup.accept(article("c", "Briefly: " + OTHER + MARSH, names)).orElseThrow();

    assertThat(first.storyId()).isEqualTo("a");
    assertThat(second.status()).isEqualTo(DedupStatus.UNIQUE);
    assertThat(second.storyId()).isEqualTo("a");
    assertThat(third.storyId()).isEqualTo("a");
  }

  @Test
  void namesOnlyAFooterMentionsMakeNoStory() {
    String[] footer = {"Lakeside Tribune", "Lakeside Media Group", "England", "Wales"};
    dedup.accept(article("a", WIRE + FOOTER, footer));
    Verdict other = dedup.accept(article("b", OTHER + FOOTER, footer)).orElseThrow();

    assertThat(other.status()).isEqualTo(DedupStatus.UNIQUE);
    assertThat(other.storyId()).isEqualTo("b");
  }
}
