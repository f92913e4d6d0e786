package io.newsflow.tag;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The tagger role's settings ({@code newsflow.tag.*}). */
@ConfigMapping(prefix = "newsflow.tag")
public interface TagConfig {

  String DEFAULT_LANGUAGES =
      "en,de,fr,es,it,pt,nl,pl,ru,uk,sv,da,fi,cs,tr,ar,zh,ja,ko,el,he,hi,id,ro,hu";

  /** Distinct words whose document frequencies the keyword extractor learns. */
  int MAX_TERMS = 500_000;

  /** Consumer group of the tagger instances; instances in one group share the partitions. */
  @WithDefault("newsflow-tagger")
  String groupId();

  /** This instance's name in client ids (default: the host name). */
  Optional<String> instanceId();

  /** ISO 639-1 codes of the languages detection chooses from (Lingua, low-accuracy mode). */
  @WithDefault(DEFAULT_LANGUAGES)
  List<String> languages();

  /** The gazetteer: a file path, or {@code classpath:} for the one in the jar. */
  @WithDefault("classpath:tag/gazetteer.yaml")
  String gazetteerFile();

  /** The rules file: a file path, or {@code classpath:} for the starter rules in the jar. */
  @WithDefault("classpath:tag/rules.yaml")
  String rulesFile();

  /** How often the gazetteer and rules files are checked; changed files are re-read. */
  @WithDefault("PT30S")
  Duration reloadInterval();

  /** Key phrases per article. */
  @WithDefault("10")
  int maxKeywords();

  /**
   * Bytes of an articles record at most; a larger one goes to the dead-letter topic untagged (512
   * KiB is about 80,000 words of text).
   */
  @WithDefault("524288")
  int maxRecordBytes();

  /** Records read but not yet acknowledged downstream before the consumer pauses. */
  @WithDefault("1000")
  int maxInFlight();
}
