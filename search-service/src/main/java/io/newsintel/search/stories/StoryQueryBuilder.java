package io.newsintel.search.stories;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a {@link StorySearchRequest} into an Elasticsearch search. Pure: no I/O. */
final class StoryQueryBuilder {

  static final String FACET_ACTORS = "actors";
  static final String FACET_SPONSOR_STATES = "sponsorStates";
  static final String FACET_TARGETS = "targets";
  static final String FACET_SOURCES = "sources";

  /** Facet name to the keyword field it counts, in the order the API lists them. */
  static final Map<String, String> FACETS = facets();

  private StoryQueryBuilder() {}

  /**
   * @param pointInTime the point in time to search; the search then names no index
   * @param fetch how many stories to fetch: one more than the page shows tells whether there is a
   *     next page
   */
  static SearchRequest build(
      StorySearchRequest request, String pointInTime, String keepAlive, int fetch, int facetSize) {
    SearchRequest.Builder search =
        new SearchRequest.Builder()
            .pit(p -> p.id(pointInTime).keepAlive(k -> k.time(keepAlive)))
            .query(query(request))
            .size(fetch)
            .trackTotalHits(t -> t.enabled(true))
            .sort(sort(request.sort()))
            // The list shows neither the full text nor the evidence: keep the answer small.
            .source(s -> s.filter(f -> f.excludes(StoryFields.CONTENT, StoryFields.EVIDENCE)));
    if (request.cursor() != null) {
      search.searchAfter(request.cursor().searchAfter());
    }
    if (request.query() != null) {
      search.highlight(
          h ->
              h.encoder(HighlighterEncoder.Html)
                  .preTags("<em>")
                  .postTags("</em>")
                  .fields(StoryFields.TITLE, f -> f.numberOfFragments(0))
                  .fields(StoryFields.SUMMARY, f -> f.fragmentSize(160).numberOfFragments(2))
                  .fields(StoryFields.CONTENT, f -> f.fragmentSize(160).numberOfFragments(3)));
    }
    FACETS.forEach(
        (name, field) ->
            search.aggregations(
                name, Aggregation.of(a -> a.terms(t -> t.field(field).size(facetSize)))));
    return search.build();
  }

  static Query query(StorySearchRequest request) {
    BoolQuery.Builder bool = new BoolQuery.Builder();
    if (request.query() != null) {
      bool.must(
          m ->
              m.simpleQueryString(
                  s ->
                      s.query(request.query())
                          .fields(
                              StoryFields.TITLE + StoryFields.TITLE_BOOST,
                              StoryFields.SUMMARY,
                              StoryFields.CONTENT)
                          // Analysts narrow down: "APT28 Germany" means both.
                          .defaultOperator(Operator.And)
                          .lenient(true)));
    } else {
      bool.must(m -> m.matchAll(a -> a));
    }
    anyOf(bool, StoryFields.ACTORS, request.actors());
    anyOf(bool, StoryFields.SPONSOR_STATES, request.sponsorStates());
    anyOf(bool, StoryFields.TARGETS, request.targets());
    anyOf(bool, StoryFields.SOURCE_NAME, request.sources());
    anyOf(bool, StoryFields.LANGUAGE, request.languages());
    if (request.from() != null || request.to() != null) {
      bool.filter(
          f ->
              f.range(
                  r ->
                      r.date(
                          d -> {
                            d.field(StoryFields.PUBLISHED);
                            if (request.from() != null) {
                              d.gte(request.from().toString());
                            }
                            if (request.to() != null) {
                              d.lt(request.to().toString());
                            }
                            return d;
                          })));
    }
    return Query.of(q -> q.bool(bool.build()));
  }

  /** Any of the values, ignoring case: "apt28" finds APT28. */
  private static void anyOf(BoolQuery.Builder bool, String field, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    List<Query> terms = new ArrayList<>();
    for (String value : values) {
      terms.add(
          Query.of(
              q -> q.term(t -> t.field(field).value(FieldValue.of(value)).caseInsensitive(true))));
    }
    bool.filter(f -> f.bool(b -> b.should(terms).minimumShouldMatch("1")));
  }

  /**
   * A total order, as search_after needs: the point in time's {@code _shard_doc} breaks every tie,
   * so paging never repeats or skips a story.
   */
  static List<SortOptions> sort(io.newsintel.search.stories.SortOrder order) {
    List<SortOptions> sort = new ArrayList<>();
    if (order == io.newsintel.search.stories.SortOrder.RELEVANCE) {
      sort.add(SortOptions.of(s -> s.score(c -> c.order(SortOrder.Desc))));
    }
    sort.add(
        SortOptions.of(
            s ->
                s.field(
                    f ->
                        f.field(StoryFields.PUBLISHED)
                            .order(SortOrder.Desc)
                            .missing(FieldValue.of("_last")))));
    sort.add(SortOptions.of(s -> s.field(f -> f.field("_shard_doc").order(SortOrder.Asc))));
    return sort;
  }

  private static Map<String, String> facets() {
    Map<String, String> facets = new LinkedHashMap<>();
    facets.put(FACET_ACTORS, StoryFields.ACTORS);
    facets.put(FACET_SPONSOR_STATES, StoryFields.SPONSOR_STATES);
    facets.put(FACET_TARGETS, StoryFields.TARGETS);
    facets.put(FACET_SOURCES, StoryFields.SOURCE_NAME);
    return Collections.unmodifiableMap(facets);
  }
}
