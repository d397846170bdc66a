package io.newsintel.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Elasticsearch client, built by hand over the low-level REST client: Boot's Elasticsearch
 * starter brings a 9.x-only client that an 8.19 server refuses.
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfiguration {

  @Bean(destroyMethod = "close")
  RestClient elasticsearchRestClient(ElasticsearchProperties properties) {
    return RestClient.builder(HttpHost.create(properties.url().toString()))
        .setRequestConfigCallback(
            config ->
                config
                    .setConnectTimeout((int) properties.connectTimeout().toMillis())
                    .setSocketTimeout((int) properties.socketTimeout().toMillis()))
        .build();
  }

  @Bean
  ElasticsearchClient elasticsearchClient(RestClient restClient, JsonMapper jsonMapper) {
    return new ElasticsearchClient(
        new RestClientTransport(restClient, new Jackson3JsonpMapper(jsonMapper)));
  }
}
