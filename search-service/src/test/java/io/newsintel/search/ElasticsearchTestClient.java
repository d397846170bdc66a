package io.newsintel.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import io.newsintel.testinfra.TestInfrastructure;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** A client straight to the test Elasticsearch, bypassing the service, to check what it stored. */
public final class ElasticsearchTestClient {

  private ElasticsearchTestClient() {}

  public static ElasticsearchClient create() {
    RestClient rest =
        RestClient.builder(HttpHost.create(TestInfrastructure.elasticsearchUrl())).build();
    return new ElasticsearchClient(
        new RestClientTransport(rest, new Jackson3JsonpMapper(JsonMapper.builder().build())));
  }

  /** Stories of one source in the index behind the alias, after a refresh. */
  public static long count(ElasticsearchClient client, String alias, String sourceName) {
    try {
      client.indices().refresh(r -> r.index(alias));
      return client
          .count(
              c -> c.index(alias).query(q -> q.term(t -> t.field("source.name").value(sourceName))))
          .count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
