package io.newsintel.search.stories;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.search.index.StoryIndexManager;
import io.newsintel.search.web.InvalidRequestException;
import io.newsintel.search.web.NotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Runs story searches. Every search runs against a point in time opened by its first page, so that
 * the pages a cursor leads through come from one unchanging view of the index: no story repeats or
 * goes missing while new stories are indexed between pages.
 */
@Service
public class StorySearcher {

  private static final Logger log = LoggerFactory.getLogger(StorySearcher.class);

  private final ElasticsearchClient client;
  private final StoryIndexManager index;
  private final SearchApiProperties properties;

  StorySearcher(
      ElasticsearchClient client, StoryIndexManager index, SearchApiProperties properties) {
    this.client = client;
    this.index = index;
    this.properties = properties;
  }

  public StoryPage search(StorySearchRequest request) throws IOException {
    String keepAlive = properties.cursorKeepAlive().toSeconds() + "s";
    String pointInTime =
        request.cursor() != null ? request.cursor().pointInTime() : openPointInTime(keepAlive);
    SearchResponse<StoryEnriched> response;
    try {
      response =
          client.search(
              StoryQueryBuilder.build(
                  request, pointInTime, keepAlive, request.size() + 1, properties.facetSize()),
              StoryEnriched.class);
    } catch (ElasticsearchException e) {
      if (request.cursor() != null && e.status() >= 400 && e.status() < 500) {
        throw new InvalidRequestException(
            "cursor has expired or is not valid: start again from the first page");
      }
      throw e;
    }
    List<Hit<StoryEnriched>> hits = response.hits().hits();
    boolean more = hits.size() > request.size();
    List<Hit<StoryEnriched>> shown = more ? hits.subList(0, request.size()) : hits;
    List<StoryHit> items = new ArrayList<>(shown.size());
    for (Hit<StoryEnriched> hit : shown) {
      items.add(StoryHit.of(hit.source(), hit.highlight()));
    }
    String latestPointInTime = response.pitId() != null ? response.pitId() : pointInTime;
    String nextCursor = null;
    if (more) {
      nextCursor =
          new SearchCursor(
                  latestPointInTime, shown.get(shown.size() - 1).sort(), request.fingerprint())
              .encode();
    } else {
      closePointInTime(latestPointInTime);
    }
    long total = response.hits().total() == null ? items.size() : response.hits().total().value();
    return new StoryPage(total, items, facets(response.aggregations()), nextCursor);
  }

  public Optional<StoryEnriched> find(String id) throws IOException {
    GetResponse<StoryEnriched> response =
        client.get(g -> g.index(index.alias()).id(id), StoryEnriched.class);
    return response.found() ? Optional.ofNullable(response.source()) : Optional.empty();
  }

  /** Stories about the same thing, by the words they share with this one (more_like_this). */
  public List<StoryHit> related(String id, int size) throws IOException {
    if (find(id).isEmpty()) {
      throw new NotFoundException("no story with id " + id);
    }
    SearchResponse<StoryEnriched> response =
        client.search(
            s ->
                s.index(index.alias())
                    .size(size)
                    .source(
                        src ->
                            src.filter(f -> f.excludes(StoryFields.CONTENT, StoryFields.EVIDENCE)))
                    .query(
                        q ->
                            q.moreLikeThis(
                                m ->
                                    m.fields(
                                            StoryFields.TITLE,
                                            StoryFields.SUMMARY,
                                            StoryFields.CONTENT)
                                        .like(l -> l.document(d -> d.index(index.alias()).id(id)))
                                        // News corpora are small at first: a term seen once in
                                        // one other story is already a signal.
                                        .minTermFreq(1)
                                        .minDocFreq(1)
                                        .maxQueryTerms(30)
                                        .minimumShouldMatch("20%"))),
            StoryEnriched.class);
    return response.hits().hits().stream().map(h -> StoryHit.of(h.source(), Map.of())).toList();
  }

  private String openPointInTime(String keepAlive) throws IOException {
    return client
        .openPointInTime(p -> p.index(index.alias()).keepAlive(k -> k.time(keepAlive)))
        .id();
  }

  private void closePointInTime(String id) {
    try {
      client.closePointInTime(c -> c.id(id));
    } catch (IOException | ElasticsearchException e) {
      // It expires by itself after the keep-alive; closing early only frees resources sooner.
      log.debug("Could not close point in time: {}", e.toString());
    }
  }

  private static StoryPage.Facets facets(Map<String, Aggregate> aggregations) {
    return new StoryPage.Facets(
        counts(aggregations.get(StoryQueryBuilder.FACET_ACTORS)),
        counts(aggregations.get(StoryQueryBuilder.FACET_SPONSOR_STATES)),
        counts(aggregations.get(StoryQueryBuilder.FACET_TARGETS)),
        counts(aggregations.get(StoryQueryBuilder.FACET_SOURCES)));
  }

  private static List<StoryPage.FacetCount> counts(Aggregate aggregate) {
    if (aggregate == null || !aggregate.isSterms()) {
      return List.of();
    }
    return aggregate.sterms().buckets().array().stream()
        .map(b -> new StoryPage.FacetCount(b.key().stringValue(), b.docCount()))
        .toList();
  }
}
