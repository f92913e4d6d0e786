package io.newsflow.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LanguageDetectionTest {

  private static final LanguageDetection DETECTION =
      new LanguageDetection(Arrays.asList(TagConfig.DEFAULT_LANGUAGES.split(",")));

  @Test
  void shouldDetectTheLanguageOfNewsSentences() {
    assertThat(DETECTION.detect("The talks in Riyadh ended after twelve hours of negotiations."))
        .isEqualTo("en");
    assertThat(DETECTION.detect("Die Gespräche in Riad endeten nach zwölf Stunden Verhandlungen."))
        .isEqualTo("de");
    assertThat(DETECTION.detect("Les négociations à Riyad ont duré douze heures, selon l'agence."))
        .isEqualTo("fr");
    assertThat(DETECTION.detect("Переговоры в Эр-Рияде завершились после двенадцати часов."))
        .isEqualTo("ru");
  }

  @Test
  void shouldRejectAnUnknownLanguageCode() {
    assertThatThrownBy(() -> new LanguageDetection(java.util.List.of("en", "xx")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("xx");
  }
}
