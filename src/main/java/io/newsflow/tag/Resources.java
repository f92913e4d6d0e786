package io.newsflow.tag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Data files the tagger ships in the jar, and how a configured location is opened. */
final class Resources {

  static final String GAZETTEER = "tag/gazetteer.yaml";
  static final String RULES = "tag/rules.yaml";
  static final String CLASSPATH = "classpath:";

  private Resources() {}

  /** Opens a jar resource; fails naming it when it is missing. */
  static InputStream open(String resource) {
    InputStream in = Resources.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    return in;
  }

  /** Opens {@code classpath:name} from the jar, anything else as a file path. */
  static InputStream openLocation(String location) {
    if (location.startsWith(CLASSPATH)) {
      return open(location.substring(CLASSPATH.length()));
    }
    try {
      return Files.newInputStream(Path.of(location));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + location, e);
    }
  }
}
