package io.newsflow.tag;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Reads tag rules from YAML: a list of {@code {id, tag, query}}. Every query is parsed on load, so
 * a bad rule fails the load naming its id instead of failing later.
 */
public final class RuleFile {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private RuleFile() {}

  public static List<TagRule> load(InputStream yaml, String origin) {
    List<TagRule> rules;
    try {
      rules = YAML.readValue(yaml, new TypeReference<List<TagRule>>() {});
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("cannot read rules " + origin + ": " + e.getMessage(), e);
    }
    if (rules == null) {
      return List.of();
    }
    for (TagRule rule : rules) {
      RuleMatcher.parse(rule);
    }
    return List.copyOf(rules);
  }

  /** Rules from {@code classpath:...} or a file path. */
  public static List<TagRule> load(String location) {
    try (InputStream in = DataFiles.open(location)) {
      return load(in, location);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read rules " + location + ": " + e.getMessage(), e);
    }
  }

  /** The starter rules in the jar: IPTC Media Topics and examples. */
  public static List<TagRule> builtIn() {
    return load(Resources.CLASSPATH + Resources.RULES);
  }
}
