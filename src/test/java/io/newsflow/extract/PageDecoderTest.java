package io.newsflow.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static String decode(byte[] bytes, String contentType) {
    return PageDecoder.decode(bytes, bytes.length, contentType).text();
  }

  @Test
  void shouldHonourTheMetaCharset() {
    byte[] page = "<meta charset=\"windows-1252\"><p>Grüße</p>".getBytes(WINDOWS_1252);

    assertThat(decode(page, null)).contains("Grüße");
  }

  @Test
  void shouldPreferTheHttpHeaderOverTheMetaCharset() {
    byte[] page = "<meta charset=\"utf-8\"><p>Grüße</p>".getBytes(WINDOWS_1252);

    assertThat(decode(page, "text/html; charset=ISO-8859-1")).contains("Grüße");
  }

  @Test
  void shouldHonourAByteOrderMark() {
    byte[] text = "<p>Grüße</p>".getBytes(StandardCharsets.UTF_16LE);
    byte[] page = new byte[text.length + 2];
    page[0] = (byte) 0xFF;
    page[1] = (byte) 0xFE;
    System.arraycopy(text, 0, page, 2, text.length);

    assertThat(decode(page, "text/html; charset=windows-1252")).isEqualTo("<p>Grüße</p>");
  }

  @Test
  void shouldDecodeUtf8WhenTheLabelClaimsALegacyCharset() {
    byte[] page =
        "<meta charset=\"iso-8859-1\"><p>Grüße – “quoted”</p>".getBytes(StandardCharsets.UTF_8);

    assertThat(decode(page, null)).contains("Grüße – “quoted”");
  }

  @Test
  void shouldRecoverStrayLatin1BytesInAPageClaimingUtf8() {
    byte[] utf8 = "<meta charset=\"utf-8\"><p>Grüße and ".getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "Café".getBytes(WINDOWS_1252);
    byte[] page = new byte[utf8.length + latin1.length];
    System.arraycopy(utf8, 0, page, 0, utf8.length);
    System.arraycopy(latin1, 0, page, utf8.length, latin1.length);

    assertThat(decode(page, null)).endsWith("Grüße and Café");
  }

  @Test
  void shouldDecodeAnUndeclaredLatin1Page() {
    byte[] page = "<p>Déjà vu – naïve façade</p>".getBytes(WINDOWS_1252);

    assertThat(decode(page, null)).isEqualTo("<p>Déjà vu – naïve façade</p>");
  }

  @Test
  void shouldRecogniseBinaryData() {
    byte[] junk = new byte[4096];
    new java.util.Random(7).nextBytes(junk);

    assertThat(PageDecoder.looksBinary(junk, junk.length)).isTrue();
  }
}
