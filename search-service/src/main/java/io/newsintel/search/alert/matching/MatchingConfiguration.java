package io.newsintel.search.alert.matching;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsintel.search.alert.AlertKafkaClients;
import io.newsintel.search.alert.AlertTopicsProperties;
import io.newsintel.search.alert.subscription.SubscriptionRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MatchingConfiguration {

  @Bean(destroyMethod = "close")
  SubscriptionMonitor subscriptionMonitor(SubscriptionRegistry registry) {
    SubscriptionMonitor monitor = new SubscriptionMonitor();
    registry.addListener(monitor);
    return monitor;
  }

  @Bean
  AlertedLedger alertedLedger(AlertKafkaClients kafka, AlertTopicsProperties topics) {
    return new AlertedLedger(kafka, topics);
  }

  @Bean
  AlertPublisher alertPublisher(
      AlertKafkaClients kafka, AlertTopicsProperties topics, MatchingProperties properties) {
    return new AlertPublisher(kafka, topics, properties);
  }

  @Bean
  MatchingMetrics matchingMetrics(
      MeterRegistry registry, SubscriptionMonitor monitor, AlertedLedger ledger) {
    return new MatchingMetrics(registry, monitor, ledger);
  }

  @Bean
  AlertRaiser alertRaiser(
      SubscriptionMonitor monitor,
      SubscriptionRegistry registry,
      AlertedLedger ledger,
      AlertPublisher publisher,
      MatchingMetrics metrics,
      MatchingProperties properties) {
    return new AlertRaiser(
        monitor, registry, ledger, publisher, metrics, properties, Clock.systemUTC());
  }
}
