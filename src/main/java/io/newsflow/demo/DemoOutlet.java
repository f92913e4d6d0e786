package io.newsflow.demo;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One fictional news site of the demo corpus, as described in {@code demo/sites.yaml}: its host,
 * how it names article paths, and the boilerplate it wraps around every article.
 *
 * @param key short name; the site's stories live in {@code demo/stories/<key>.yaml}
 * @param host host name under the reserved {@code .example} top-level domain
 * @param name the publisher's name, as in the masthead and JSON-LD
 * @param tagline one line under the masthead
 * @param language default language of the site (BCP 47)
 * @param pathTemplate article path with {@code {section}}, {@code {date}} (yyyy-MM-dd), {@code
 *     {yyyy}}, {@code {mm}}, {@code {dd}}, {@code {lang}} and {@code {slug}} placeholders
 * @param layout the page skeleton: {@code wire}, {@code classic}, {@code regional}, {@code portal}
 *     or {@code ticker}
 * @param sections the navigation bar, in order
 * @param cookieText the cookie banner's sentence
 * @param donationAppeal paragraphs of an appeal rendered inside the article element, or null
 * @param newsletter the newsletter box's sentence, rendered inside the article element, or null
 * @param bylineSuffix junk appended to the byline (such as {@code | Email the author}), or null
 * @param timeElement whether dates are marked up as {@code <time datetime>}
 * @param robots the lines of the site's {@code robots.txt}
 * @param footer the footer's copyright line
 */
public record DemoOutlet(
    String key,
    String host,
    String name,
    String tagline,
    String language,
    String pathTemplate,
    String layout,
    List<String> sections,
    String cookieText,
    @Nullable List<String> donationAppeal,
    @Nullable String newsletter,
    @Nullable String bylineSuffix,
    boolean timeElement,
    List<String> robots,
    String footer) {

  /** Requires every field but the optional boilerplate; copies the lists. */
  public DemoOutlet {
    Objects.requireNonNull(key, "key");
    if (!Objects.requireNonNull(host, "host").endsWith(".example")) {
      throw new IllegalArgumentException("host must be under .example: " + host);
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tagline, "tagline");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(pathTemplate, "pathTemplate");
    Objects.requireNonNull(layout, "layout");
    sections = List.copyOf(sections);
    Objects.requireNonNull(cookieText, "cookieText");
    donationAppeal = donationAppeal == null ? null : List.copyOf(donationAppeal);
    robots = List.copyOf(robots);
    Objects.requireNonNull(footer, "footer");
  }

  /** The site's root URL, with a trailing slash. */
  public String baseUrl() {
    return "https://" + host + "/";
  }

  /** The section page that lists the site's articles. */
  public String sectionPageUrl() {
    return baseUrl() + "news/";
  }

  /** The RSS 2.0 feed of the site's articles. */
  public String feedUrl() {
    return baseUrl() + "feed.xml";
  }

  /** The site's robots.txt. */
  public String robotsUrl() {
    return baseUrl() + "robots.txt";
  }
}
