package io.newsflow.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

  @Test
  void shouldRecogniseGermanByItsStopwords() {
    assertThat(
            LanguageGuesser.guess(
                "Die Stadt will in den nächsten Jahren neue Radwege bauen, und der Rat hat das"
                    + " Projekt mit der Mehrheit beschlossen."))
        .isEqualTo("de");
  }

  @Test
  void shouldRecogniseJapaneseByItsScript() {
    assertThat(LanguageGuesser.guess("子どもへの虐待をなくすための法律ができて、親が子どもを教育するために")).isEqualTo("ja");
  }

  @Test
  void shouldReturnNullForTooLittleText() {
    assertThat(LanguageGuesser.guess("ok")).isNull();
  }
}
