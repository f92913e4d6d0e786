package io.newsflow.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorCleanerTest {

  @Test
  void shouldStripByAndEmailPrompts() {
    assertThat(AuthorCleaner.clean(List.of("By Jane Doe | Email the author"), null))
        .containsExactly("Jane Doe");
  }

  @Test
  void shouldSplitListsOfNames() {
    assertThat(AuthorCleaner.clean(List.of("By Jane Doe, John Smith and Ana Lima"), null))
        .containsExactly("Jane Doe", "John Smith", "Ana Lima");
  }

  @Test
  void shouldDropAgenciesDesksAndTheSiteName() {
    assertThat(
            AuthorCleaner.clean(
                List.of("Reuters", "The Associated Press", "Staff", "Example Courier", "dpa"),
                "Example Courier"))
        .isEmpty();
  }

  @Test
  void shouldDropHandlesAndUrls() {
    assertThat(AuthorCleaner.clean(List.of("@janedoe", "https://example.org/jane"), null))
        .isEmpty();
  }

  @Test
  void shouldStripGermanVon() {
    assertThat(AuthorCleaner.clean(List.of("Von Erika Mustermann"), null))
        .containsExactly("Erika Mustermann");
  }
}
