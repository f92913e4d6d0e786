package io.newsflow.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.article.Article.Dateline;
import org.junit.jupiter.api.Test;

class DatelineParserTest {

  @Test
  void shouldReadPlaceAndCreditBeforeAFullStop() {
    DatelineParser.Parsed parsed =
        DatelineParser.parse(
            "MOSCOW (Realist English). Russian President Vladimir Putin held talks.");

    assertThat(parsed).isNotNull();
    assertThat(parsed.dateline()).isEqualTo(new Dateline("MOSCOW", "Realist English"));
    assertThat(parsed.rest()).isEqualTo("Russian President Vladimir Putin held talks.");
  }

  @Test
  void shouldReadAPlaceWithRegionAndAgencyBeforeADash() {
    DatelineParser.Parsed parsed =
        DatelineParser.parse("KYIV, Ukraine (AP) — Drones struck the capital overnight.");

    assertThat(parsed).isNotNull();
    assertThat(parsed.dateline()).isEqualTo(new Dateline("KYIV", "AP"));
    assertThat(parsed.rest()).startsWith("Drones struck");
  }

  @Test
  void shouldReadAPlaceWithoutCreditBeforeADash() {
    DatelineParser.Parsed parsed = DatelineParser.parse("NEW YORK — Stocks rose on Monday.");

    assertThat(parsed).isNotNull();
    assertThat(parsed.dateline()).isEqualTo(new Dateline("NEW YORK", null));
  }

  @Test
  void shouldNotTakeAnOrdinarySentenceForADateline() {
    assertThat(DatelineParser.parse("NATO. The alliance met on Monday.")).isNull();
    assertThat(DatelineParser.parse("The talks in Moscow (Russia) went on.")).isNull();
  }
}
