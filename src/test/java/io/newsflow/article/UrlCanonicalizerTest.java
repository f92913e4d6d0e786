package io.newsflow.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlCanonicalizerTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "HTTP://Example.COM:80/a/../b/./c | http://example.com/b/c",
        "https://example.com:443 | https://example.com/",
        "https://example.com:8443/x | https://example.com:8443/x",
        "https://example.com/story#comments | https://example.com/story",
        "https://example.com/s?utm_source=tw&utm_medium=social&id=7 | https://example.com/s?id=7",
        "https://example.com/s?fbclid=abc&gclid=def | https://example.com/s",
        "https://example.com/s?z=1&a=2&m=3 | https://example.com/s?a=2&m=3&z=1",
        "https://example.com/path%7e?b=1&a=2 | https://example.com/path%7e?a=2&b=1",
        "https://Exämple.com/ | https://xn--exmple-cua.com/",
        "https://example.com./x | https://example.com/x",
      })
  void shouldCanonicalize(String url, String expected) {
    assertThat(UrlCanonicalizer.canonicalize(url)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "ftp://example.com/file",
    "mailto:desk@example.com",
    "/relative/path",
    "http://",
    "not a url"
  })
  void shouldRefuseWhatIsNotAnAbsoluteHttpUrl(String url) {
    assertThat(UrlCanonicalizer.canonicalize(url)).isEmpty();
  }

  @Test
  void shouldKeyByLowerCaseHost() {
    assertThat(UrlCanonicalizer.host("https://News.Example.com/a")).isEqualTo("news.example.com");
  }
}
