package io.newsintel.enrich.streaming;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsintel.enrich.catalog.ActorCatalog;
import io.newsintel.enrich.tagging.StoryTagger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TaggingConfiguration {

  private static final Logger log = LoggerFactory.getLogger(TaggingConfiguration.class);

  /** Read by the listener's {@code groupId} expression. */
  @Bean
  String enrichGroupId(
      EnrichProperties properties,
      StoryTagger tagger,
      @Value("${spring.kafka.consumer.group-id}") String configured) {
    String groupId = properties.groupId(configured, tagger.catalog().version());
    log.info("consuming news.raw as group {}", groupId);
    return groupId;
  }

  @Bean
  StoryTagger storyTagger(MeterRegistry meters) {
    long started = System.nanoTime();
    ActorCatalog catalog = ActorCatalog.load();
    StoryTagger tagger = new StoryTagger(catalog);
    double seconds = (System.nanoTime() - started) / 1e9;
    // Start-up cost of the catalog is a number the issue asks for: logged and exported.
    Gauge.builder("enrich.catalog.load.seconds", () -> seconds).register(meters);
    Gauge.builder("enrich.catalog.actors", () -> catalog.actors().size()).register(meters);
    log.info(
        "actor catalog {} loaded: {} actors in {} ms",
        catalog.version(),
        catalog.actors().size(),
        Math.round(seconds * 1000));
    return tagger;
  }
}
