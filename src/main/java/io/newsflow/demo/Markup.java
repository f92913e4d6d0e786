package io.newsflow.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Entities;

/**
 * The page parts every demo site shares, varied by {@link DemoOutlet#layout()}: head, masthead with
 * navigation, cookie banner and footer. Every text goes through jsoup's {@link Entities} escaper.
 * Stateless and thread-safe.
 */
final class Markup {

  private static final OutputSettings XML =
      new OutputSettings()
          .escapeMode(Entities.EscapeMode.xhtml)
          .syntax(OutputSettings.Syntax.xml)
          .charset("UTF-8");
  private static final DateTimeFormatter HUMAN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private Markup() {}

  /** Escapes text for HTML text and quoted attribute values. */
  static String esc(String text) {
    return Entities.escape(text);
  }

  /** Escapes text for XML (RSS) text and attributes. */
  static String xml(String text) {
    return Entities.escape(text, XML);
  }

  /** A date as people read it on the demo sites. */
  static String human(Instant instant) {
    return HUMAN.format(instant);
  }

  /** A date as the site marks it up: a {@code <time datetime>} element or plain text. */
  static String date(DemoOutlet outlet, String cssClass, Instant instant) {
    if (outlet.timeElement()) {
      return "<time class=\"%s\" datetime=\"%s\">%s</time>"
          .formatted(cssClass, instant, esc(human(instant)));
    }
    return "<span class=\"%s\">%s</span>".formatted(cssClass, esc(human(instant)));
  }

  /** Doctype, html and head up to the closing head tag; {@code extra} is raw markup. */
  static void head(StringBuilder out, DemoOutlet outlet, String lang, String title, String extra) {
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(esc(lang))
        .append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(esc(title))
        .append(" | ")
        .append(esc(outlet.name()))
        .append("</title>\n")
        .append("<link rel=\"stylesheet\" href=\"/static/")
        .append(outlet.layout())
        .append(".css\">\n")
        .append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"")
        .append(esc(outlet.name()))
        .append("\" href=\"")
        .append(esc(outlet.feedUrl()))
        .append("\">\n")
        .append(extra)
        .append("</head>\n<body class=\"layout-")
        .append(outlet.layout())
        .append("\">\n");
  }

  /** Cookie banner and masthead with the site's navigation. */
  static void masthead(StringBuilder out, DemoOutlet outlet) {
    out.append("<div id=\"cookie-consent\" class=\"cookie-banner\" role=\"dialog\">\n<p>")
        .append(esc(outlet.cookieText()))
        .append("</p>\n<button class=\"accept\">Accept all</button> ")
        .append("<button class=\"reject\">Only necessary</button>\n</div>\n");
    switch (outlet.layout()) {
      case "portal" -> out.append("<div class=\"ad-slot ad-leaderboard\">Advertisement</div>\n");
      case "ticker" ->
          out.append("<ul class=\"lang-switch\"><li><a href=\"/de/\">Deutsch</a></li>")
              .append("<li><a href=\"/fr/\">Français</a></li>")
              .append("<li><a href=\"/es/\">Español</a></li></ul>\n");
      case "regional" ->
          out.append("<div class=\"topbar\"><span class=\"weather-widget\">Brennick 9°C, ")
              .append("showers</span> <a href=\"/subscribe\">Subscribe</a></div>\n");
      default -> {}
    }
    out.append("<header class=\"site-header\">\n<a class=\"logo\" href=\"/\">")
        .append(esc(outlet.name()))
        .append("</a>\n<p class=\"tagline\">")
        .append(esc(outlet.tagline()))
        .append("</p>\n<nav class=\"main-nav\">\n<ul>\n")
        .append("<li><a href=\"/news/\">Latest</a></li>\n");
    for (String section : outlet.sections()) {
      out.append("<li><a href=\"/")
          .append(esc(section))
          .append("/\">")
          .append(esc(capitalize(section)))
          .append("</a></li>\n");
    }
    out.append("</ul>\n</nav>\n");
    if (outlet.layout().equals("classic")) {
      out.append("<div class=\"breaking-ticker\">Live: Harbour traffic updates every hour")
          .append(" — <a href=\"/live/\">follow here</a></div>\n");
    }
    out.append("</header>\n");
  }

  /** Footer, closing body and html. */
  static void footer(StringBuilder out, DemoOutlet outlet) {
    out.append("<footer class=\"site-footer\">\n<ul class=\"footer-links\">")
        .append("<li><a href=\"/about/\">About us</a></li>")
        .append("<li><a href=\"/contact/\">Contact</a></li>")
        .append("<li><a href=\"/privacy/\">Privacy policy</a></li>")
        .append("<li><a href=\"/terms/\">Terms of use</a></li>")
        .append("<li><a href=\"/feed.xml\">RSS</a></li></ul>\n<p class=\"copyright\">")
        .append(esc(outlet.footer()))
        .append("</p>\n</footer>\n</body>\n</html>\n");
  }

  static String capitalize(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
