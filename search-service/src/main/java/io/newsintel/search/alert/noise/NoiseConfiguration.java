package io.newsintel.search.alert.noise;

import io.newsintel.search.alert.AlertKafkaClients;
import io.newsintel.search.alert.AlertTopicsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NoiseConfiguration {

  @Bean
  DigestStore digestStore(AlertKafkaClients kafka, AlertTopicsProperties topics) {
    return new DigestStore(kafka, topics);
  }

  @Bean
  NoiseControl noiseControl(DigestStore digests, NoiseProperties properties) {
    return new NoiseControl(new RateLimiter(properties.rateWindow()), digests, properties);
  }
}
