package io.newsflow.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the rule-list data files under {@code extract/}: sections in brackets, one lower-case entry
 * per line, lines starting with "# " are comments.
 */
final class RuleFile {

  private RuleFile() {}

  static Map<String, List<String>> read(String resource) {
    try (InputStream in = RuleFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Map<String, List<String>> sections = new HashMap<>();
      List<String> current = new ArrayList<>();
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = reader.readLine()) != null; ) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("# ") || l.equals("#")) {
          continue;
        }
        if (l.startsWith("[") && l.endsWith("]")) {
          current =
              sections.computeIfAbsent(l.substring(1, l.length() - 1), k -> new ArrayList<>());
        } else {
          current.add(l.toLowerCase(Locale.ROOT));
        }
      }
      return sections;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
