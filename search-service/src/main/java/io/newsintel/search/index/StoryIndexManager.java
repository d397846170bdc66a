package io.newsintel.search.index;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.indices.GetAliasResponse;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates versioned stories indices ({@code <alias>-v<generation>}) and moves the alias between
 * them. Everything else reads and writes through the alias only.
 */
@Component
public class StoryIndexManager {

  private static final Logger log = LoggerFactory.getLogger(StoryIndexManager.class);

  private final ElasticsearchClient client;
  private final StoryIndexProperties properties;
  private final Pattern generationName;

  public StoryIndexManager(ElasticsearchClient client, StoryIndexProperties properties) {
    this.client = client;
    this.properties = properties;
    this.generationName = Pattern.compile(Pattern.quote(properties.alias()) + "-v(\\d+)");
  }

  public String alias() {
    return properties.alias();
  }

  /**
   * Makes sure the alias points at an index, creating the first generation when there is none.
   *
   * @return the index behind the alias
   */
  public String ensureAlias() {
    Optional<String> current = currentIndex();
    if (current.isPresent()) {
      return current.get();
    }
    if (exists(properties.alias())) {
      throw new IllegalStateException(
          "an index named '"
              + properties.alias()
              + "' exists but is not an alias; delete it or choose another"
              + " search.index.alias (SEARCH_INDEX_ALIAS)");
    }
    String index = indexName(nextGeneration());
    try {
      // The alias is created with the index in one request, so no reader ever sees the alias
      // missing or pointing at an index without the mapping.
      client
          .indices()
          .create(
              c ->
                  c.index(index)
                      .withJson(new StringReader(StoryIndexDefinition.render(properties)))
                      .aliases(properties.alias(), a -> a.isWriteIndex(true)));
      log.info("Created index {} behind alias {}", index, properties.alias());
      return index;
    } catch (ElasticsearchException e) {
      if ("resource_already_exists_exception".equals(e.error().type())) {
        // Another instance won the race.
        return currentIndex().orElseThrow(() -> e);
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new, empty index of the next generation, not behind the alias. */
  public String createNextGeneration() {
    String index = indexName(nextGeneration());
    try {
      client
          .indices()
          .create(
              c ->
                  c.index(index)
                      .withJson(new StringReader(StoryIndexDefinition.render(properties))));
      return index;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Points the alias at {@code to} instead of {@code from}, atomically for readers and writers. */
  public void swapAlias(String from, String to) {
    try {
      client
          .indices()
          .updateAliases(
              u ->
                  u.actions(a -> a.remove(r -> r.index(from).alias(properties.alias())))
                      .actions(
                          a ->
                              a.add(
                                  r -> r.index(to).alias(properties.alias()).isWriteIndex(true))));
      log.info("Alias {} moved from {} to {}", properties.alias(), from, to);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void delete(String index) {
    try {
      client.indices().delete(d -> d.index(index));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public void refresh(String index) {
    try {
      client.indices().refresh(r -> r.index(index));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The index the alias points at, if the alias exists. */
  public Optional<String> currentIndex() {
    try {
      GetAliasResponse response = client.indices().getAlias(g -> g.name(properties.alias()));
      List<String> indices = List.copyOf(response.result().keySet());
      if (indices.size() > 1) {
        throw new IllegalStateException(
            "alias " + properties.alias() + " points at several indices: " + indices);
      }
      return indices.stream().findFirst();
    } catch (ElasticsearchException e) {
      if (e.status() == 404) {
        return Optional.empty();
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until the cluster answers with at least yellow health, or fails with a clear message. */
  public void awaitAvailable() {
    Instant deadline = Instant.now().plus(properties.startupTimeout());
    Exception last = null;
    while (Instant.now().isBefore(deadline)) {
      try {
        HealthStatus status =
            client
                .cluster()
                .health(h -> h.waitForStatus(HealthStatus.Yellow).timeout(t -> t.time("5s")))
                .status();
        if (status != HealthStatus.Red) {
          return;
        }
      } catch (IOException | ElasticsearchException e) {
        last = e;
      }
      pause(Duration.ofMillis(500));
    }
    throw new IllegalStateException(
        "Elasticsearch did not answer within "
            + properties.startupTimeout()
            + " (ELASTICSEARCH_URL, SEARCH_INDEX_STARTUP_TIMEOUT)"
            + (last == null ? "" : ": " + last.getMessage()),
        last);
  }

  String indexName(int generation) {
    return properties.alias() + "-v" + generation;
  }

  private int nextGeneration() {
    try {
      var indices = client.indices().get(g -> g.index(properties.alias() + "-v*")).result();
      return indices.keySet().stream()
              .map(generationName::matcher)
              .filter(Matcher::matches)
              .mapToInt(m -> Integer.parseInt(m.group(1)))
              .max()
              .orElse(0)
          + 1;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean exists(String name) {
    try {
      return client.indices().exists(e -> e.index(name)).value();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for Elasticsearch", e);
    }
  }
}
