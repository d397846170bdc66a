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
    return response.hits().hits().stream().map(h -> summary(h.source())).toList();
  }

  /**
   * The story's claims as the tagger recorded them sentence by sentence; the story-level lists from
   * its tags, which stories tagged before sentence-level claims existed also carry.
   */
  private static AttributionClaim summary(StoryEnriched story) {
    List<io.newsintel.contract.AttributionClaim> claims =
        story.claims() == null ? List.of() : story.claims();
    boolean denied =
        story.tags().attributionDenied()
            || claims.stream().anyMatch(io.newsintel.contract.AttributionClaim::denied);
    return new AttributionClaim(
        story.id(),
        story.title(),
        story.url(),
        story.published(),
        story.source() == null ? null : story.source().name(),
        orUnion(
            story.tags().attributedBy(), claims, io.newsintel.contract.AttributionClaim::claimants),
        orUnion(story.tags().actors(), claims, io.newsintel.contract.AttributionClaim::actors),
        orUnion(
            story.tags().sponsorStates(),
            claims,
            io.newsintel.contract.AttributionClaim::sponsorStates),
        orUnion(story.tags().targets(), claims, io.newsintel.contract.AttributionClaim::targets),
        denied,
        claims);
  }

  private static List<String> orUnion(
      List<String> tagged,
      List<io.newsintel.contract.AttributionClaim> claims,
      java.util.function.Function<io.newsintel.contract.AttributionClaim, List<String>> values) {
    if (tagged != null && !tagged.isEmpty()) {
      return tagged;
    }
    return claims.stream().flatMap(c -> values.apply(c).stream()).distinct().toList();
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
