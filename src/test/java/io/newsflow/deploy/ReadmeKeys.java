package io.newsflow.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The keys of README's configuration table, to check that deploy files use documented keys. */
final class ReadmeKeys {

  private static final Pattern ROW = Pattern.compile("^\\| `([a-z][^`]*)` \\|");

  private ReadmeKeys() {}

  static Set<String> load() throws IOException {
    Set<String> keys = new LinkedHashSet<>();
    for (String line : Files.readAllLines(Path.of("README.md"))) {
      Matcher row = ROW.matcher(line);
      if (row.find()) {
        keys.add(row.group(1));
      }
    }
    return keys;
  }

  /** True when {@code key} is in the table, or matches a {@code prefix.<name>} row. */
  static boolean documented(Set<String> documented, String key) {
    for (String row : documented) {
      int open = row.indexOf('<');
      if (row.equals(key) || (open > 0 && key.startsWith(row.substring(0, open)))) {
        return true;
      }
    }
    return false;
  }

  /** True when the environment variable names a key of the table (as Quarkus maps them). */
  static boolean documentedAsEnv(Set<String> documented, String variable) {
    for (String row : documented) {
      if (row.indexOf('<') < 0 && env(row).equals(variable)) {
        return true;
      }
    }
    return false;
  }

  private static String env(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }
}
