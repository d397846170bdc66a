package io.newsintel.search.stats;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.DateHistogramBucket;
import co.elastic.clients.elasticsearch._types.aggregations.FieldDateMath;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.search.index.StoryIndexManager;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;

/** Aggregations for dashboards, straight from the stories index. */
@Service
class StoryStatistics {

  private static final String TIMELINE = "timeline";
  private static final String VALUES = "values";

  private final ElasticsearchClient client;
  private final StoryIndexManager index;

  StoryStatistics(ElasticsearchClient client, StoryIndexManager index) {
    this.client = client;
    this.index = index;
  }

  Timeline timeline(TimelineRequest request) throws IOException {
    SearchResponse<Void> response =
        client.search(
            s ->
                s.index(index.alias())
                    .size(0)
                    .query(
                        q ->
                            q.range(
                                r ->
                                    r.date(
                                        d ->
                                            d.field("published")
                                                .gte(request.from().toString())
                                                .lt(request.to().toString()))))
                    .aggregations(
                        TIMELINE,
                        a ->
                            a.dateHistogram(
                                    h ->
                                        h.field("published")
                                            .calendarInterval(request.interval().calendarInterval)
                                            .timeZone("UTC")
                                            .minDocCount(0)
                                            .extendedBounds(
                                                b ->
                                                    b.min(millis(request.from().toEpochMilli()))
                                                        .max(
                                                            millis(
                                                                request.to().toEpochMilli() - 1))))
                                .aggregations(
                                    VALUES,
                                    sub ->
                                        sub.terms(
                                            t ->
                                                t.field(request.by().field).size(request.size())))),
            Void.class);
    List<Timeline.Bucket> buckets = new ArrayList<>();
    for (DateHistogramBucket bucket :
        response.aggregations().get(TIMELINE).dateHistogram().buckets().array()) {
      List<Timeline.Count> counts =
          bucket.aggregations().get(VALUES).sterms().buckets().array().stream()
              .map(b -> new Timeline.Count(b.key().stringValue(), b.docCount()))
              .toList();
      buckets.add(
          new Timeline.Bucket(Instant.ofEpochMilli(bucket.key()), bucket.docCount(), counts));
    }
    return new Timeline(
        dimensionName(request.by()),
        request.interval().name().toLowerCase(Locale.ROOT),
        request.from(),
        request.to(),
        buckets);
  }

  /** The newest stories that attribute cyber activity to someone, newest first. */
  List<AttributionClaim> latestClaims(int size, String actor) throws IOException {
    SearchResponse<StoryEnriched> response =
        client.search(
            s ->
                s.index(index.alias())
                    .size(size)
                    .source(src -> src.filter(f -> f.excludes("content", "evidence")))
                    .sort(o -> o.field(f -> f.field("published").order(SortOrder.Desc)))
                    .query(
                        q ->
                            q.bool(
                                b -> {
                                  b.filter(f -> f.exists(e -> e.field("tags.attributedBy")));
                                  if (actor != null) {
                                    b.filter(
                                        f ->
                                            f.term(
                                                t ->
                                                    t.field("tags.actors")
                                                        .value(actor)
                                                        .caseInsensitive(true)));
                                  }
                                  return b;
                                })),
            StoryEnriched.class);
    return response.hits().hits().stream()
        .map(h -> h.source())
        .map(
            story ->
                new AttributionClaim(
                    story.id(),
                    story.title(),
                    story.url(),
                    story.published(),
                    story.source() == null ? null : story.source().name(),
                    story.tags().attributedBy(),
                    story.tags().actors(),
                    story.tags().sponsorStates(),
                    story.tags().targets(),
                    story.tags().attributionDenied()))
        .toList();
  }

  private static FieldDateMath millis(long epochMillis) {
    return FieldDateMath.of(f -> f.value(epochMillis));
  }

  private static String dimensionName(Dimension dimension) {
    return switch (dimension) {
      case ACTOR -> "actor";
      case SPONSOR_STATE -> "sponsorState";
      case TARGET -> "target";
      case SOURCE -> "source";
    };
  }
}
