package io.newsintel.search.alert.subscription;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SubscriptionConfiguration {

  @Bean
  WebhookAddressGuard webhookAddressGuard(SubscriptionProperties properties) {
    return new WebhookAddressGuard(properties.allowPrivateAddresses());
  }

  @Bean
  SubscriptionValidator subscriptionValidator(
      WebhookAddressGuard guard, SubscriptionProperties properties) {
    return new SubscriptionValidator(guard, properties.defaultRateLimit(), Clock.systemUTC());
  }
}
