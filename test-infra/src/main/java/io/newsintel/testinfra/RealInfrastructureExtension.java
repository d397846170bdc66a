package io.newsintel.testinfra;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** See {@link RealInfrastructure}. */
public final class RealInfrastructureExtension implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    TestInfrastructure.kafkaBootstrapServers();
    TestInfrastructure.elasticsearchUrl();
  }
}
