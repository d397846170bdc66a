package io.newsintel.search.index;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Runs before the Kafka listener starts (beans initialise before lifecycle start), so the first
 * batch never finds the alias missing.
 */
@Component
class StoryIndexInitializer implements InitializingBean {

  private final StoryIndexManager indexManager;

  StoryIndexInitializer(StoryIndexManager indexManager) {
    this.indexManager = indexManager;
  }

  @Override
  public void afterPropertiesSet() {
    indexManager.awaitAvailable();
    indexManager.ensureAlias();
  }
}
