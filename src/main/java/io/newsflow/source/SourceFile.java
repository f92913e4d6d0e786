package io.newsflow.source;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.newsflow.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the sources file: YAML with a top-level {@code sources:} list of {@link SourceSpec}s.
 *
 * <pre>{@code
 * sources:
 *   - id: example-world
 *     type: feed
 *     url: https://example.com/world/rss.xml
 *     interval: PT10M
 * }</pre>
 */
public final class SourceFile {

  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .addModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private SourceFile() {}

  /** The document's shape. */
  record Document(List<SourceSpec> sources) {
    Document {
      sources = sources == null ? List.of() : List.copyOf(sources);
    }
  }

  /**
   * Loads {@code location}: a file path or {@code classpath:NAME}.
   *
   * @throws IllegalArgumentException naming the file and the problem: unreadable, not YAML, an
   *     unknown field, an invalid or duplicate source
   */
  public static List<Source> load(String location) {
    try (InputStream in = DataFiles.open(location)) {
      Document document = YAML.readValue(in, Document.class);
      List<Source> sources = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (SourceSpec spec : document.sources()) {
        Source source = spec.toSource();
        if (!ids.add(source.id())) {
          throw new IllegalArgumentException("duplicate source id " + source.id());
        }
        sources.add(source);
      }
      return List.copyOf(sources);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "newsflow.sources.file=" + location + " is not a valid sources file: " + e.getMessage(),
          e);
    }
  }
}
