package io.newsflow.tag;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.InstanceNames;
import io.newsflow.NewsflowConfig;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaLifecycle;
import io.newsflow.kafka.TopicsConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jspecify.annotations.Nullable;

/**
 * Runs the tagger role when {@code newsflow.roles} includes {@code tagger}: builds the {@link
 * Tagger} (bad settings fail startup naming the key), keeps its gazetteer and rules current, and
 * starts a {@link TaggerEngine} once the topics exist.
 */
@ApplicationScoped
public class TaggerService {

  private static final Logger LOG = Logger.getLogger(TaggerService.class);

  private final NewsflowConfig newsflow;
  private final TagConfig config;
  private final TopicsConfig topics;
  private final KafkaClients clients;
  private final KafkaLifecycle kafka;
  private final RuleRegistry rules;
  private final MeterRegistry metrics;
  private @Nullable TagResources resources;
  private @Nullable TaggerEngine engine;

  public TaggerService(
      NewsflowConfig newsflow,
      TagConfig config,
      TopicsConfig topics,
      KafkaClients clients,
      KafkaLifecycle kafka,
      RuleRegistry rules,
      MeterRegistry metrics) {
    this.newsflow = newsflow;
    this.config = config;
    this.topics = topics;
    this.clients = clients;
    this.kafka = kafka;
    this.rules = rules;
    this.metrics = metrics;
  }

  void onStart(@Observes @Priority(KafkaLifecycle.PRIORITY + 100) StartupEvent event) {
    if (!newsflow.runs(NewsflowConfig.Role.TAGGER)) {
      return;
    }
    Tagger tagger = tagger(config);
    resources = new TagResources(config.gazetteerFile(), rules, tagger, config.reloadInterval());
    kafka.topicsReady().thenRun(() -> start(tagger));
  }

  /** Builds a tagger from the settings; fails naming the key that is wrong. */
  static Tagger tagger(TagConfig config) {
    LanguageDetection languages;
    try {
      languages = new LanguageDetection(config.languages());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("newsflow.tag.languages: " + e.getMessage(), e);
    }
    Gazetteer gazetteer;
    try {
      gazetteer = TagResources.loadGazetteer(config.gazetteerFile());
    } catch (RuntimeException e) {
      throw new IllegalStateException("newsflow.tag.gazetteer-file: " + e.getMessage(), e);
    }
    if (config.maxKeywords() < 0) {
      throw new IllegalStateException("newsflow.tag.max-keywords must not be negative");
    }
    if (config.maxRecordBytes() < 1) {
      throw new IllegalStateException("newsflow.tag.max-record-bytes must be positive");
    }
    return new Tagger(
        languages,
        gazetteer,
        new RuleMatcher(),
        new KeywordExtractor(TagConfig.MAX_TERMS),
        config.maxKeywords());
  }

  private synchronized void start(Tagger tagger) {
    try {
      String instance = InstanceNames.of(config.instanceId(), "tagger");
      TaggerEngine started =
          new TaggerEngine(
              new TaggerEngine.Options(
                  instance, config.groupId(), config.maxInFlight(), config.maxRecordBytes()),
              new TaggerEngine.Topics(topics.articles(), topics.tagged(), topics.dlq()),
              clients,
              new TaggedJson(tagger),
              metrics);
      started.start();
      engine = started;
    } catch (RuntimeException e) {
      LOG.errorf(e, "The tagger could not start");
    }
  }

  /** The running engine, when this process tags. */
  public Optional<TaggerEngine> engine() {
    return Optional.ofNullable(engine);
  }

  synchronized void onStop(@Observes @Priority(KafkaLifecycle.PRIORITY) ShutdownEvent event) {
    if (engine != null) {
      engine.close();
      engine = null;
    }
    if (resources != null) {
      resources.close();
      resources = null;
    }
  }
}
