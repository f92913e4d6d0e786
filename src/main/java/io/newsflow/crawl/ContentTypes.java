package io.newsflow.crawl;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What kind of document a response is, by its {@code Content-Type} or its first bytes. Stateless.
 */
public final class ContentTypes {

  private static final int SNIFF_LIMIT = 512;

  private ContentTypes() {}

  /**
   * Whether a {@code Content-Type} names HTML ({@code text/html} or {@code application/xhtml+xml},
   * parameters ignored). False when null: sniff the body with {@link #looksLikeHtml(byte[])}.
   */
  public static boolean isHtml(@Nullable String contentType) {
    if (contentType == null) {
      return false;
    }
    int semicolon = contentType.indexOf(';');
    String type =
        (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
            .strip()
            .toLowerCase(Locale.ROOT);
    return type.equals("text/html") || type.equals("application/xhtml+xml");
  }

  private static final List<String> HTML_TAGS =
      List.of(
          "<!doctype html",
          "<html",
          "<head",
          "<script",
          "<iframe",
          "<h1",
          "<div",
          "<font",
          "<table",
          "<a",
          "<style",
          "<title",
          "<b",
          "<body",
          "<br",
          "<p");

  /**
   * Whether a body starts like HTML, after an optional UTF-8 byte order mark and whitespace: the
   * WHATWG MIME sniffing tags ({@code <!DOCTYPE HTML}, {@code <html}, {@code <head}, {@code <p}...
   * followed by a space or {@code >}) or a comment. XML (feeds, sitemaps) does not.
   */
  public static boolean looksLikeHtml(byte[] body) {
    int i = 0;
    if (body.length >= 3
        && (body[0] & 0xff) == 0xef
        && (body[1] & 0xff) == 0xbb
        && (body[2] & 0xff) == 0xbf) {
      i = 3;
    }
    while (i < body.length
        && (body[i] == ' '
            || body[i] == '\t'
            || body[i] == '\n'
            || body[i] == '\r'
            || body[i] == '\f')) {
      i++;
    }
    String head =
        new String(body, i, Math.min(body.length - i, SNIFF_LIMIT), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    if (head.startsWith("<!--")) {
      return true;
    }
    for (String tag : HTML_TAGS) {
      if (head.startsWith(tag) && head.length() > tag.length()) {
        char next = head.charAt(tag.length());
        if (next == ' ' || next == '>') {
          return true;
        }
      }
    }
    return false;
  }
}
