package io.newsflow.tag;

import io.newsflow.DataFiles;
import java.io.InputStream;

/** Data files the tagger ships in the jar (configured locations open with {@link DataFiles}). */
final class Resources {

  static final String GAZETTEER = "tag/gazetteer.yaml";
  static final String RULES = "tag/rules.yaml";
  static final String CLASSPATH = DataFiles.CLASSPATH;

  private Resources() {}

  /** Opens a jar resource; fails naming it when it is missing. */
  static InputStream open(String resource) {
    InputStream in = Resources.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    return in;
  }
}
