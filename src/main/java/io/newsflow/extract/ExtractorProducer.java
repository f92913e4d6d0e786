package io.newsflow.extract;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/** The service's one {@link ArticleExtractor}, built from {@link ExtractConfig}. */
public class ExtractorProducer {

  @Produces
  @Singleton
  ArticleExtractor extractor(ExtractConfig config) {
    SiteRules rules =
        config
            .siteRulesFile()
            .map(
                file -> {
                  try {
                    return SiteRules.load(Path.of(file));
                  } catch (RuntimeException e) {
                    throw new IllegalArgumentException(
                        "newsflow.extract.site-rules-file=" + file + ": " + e.getMessage(), e);
                  }
                })
            .orElse(SiteRules.none());
    return new ArticleExtractor(ExtractionConfig.defaults().withSiteRules(rules));
  }
}
