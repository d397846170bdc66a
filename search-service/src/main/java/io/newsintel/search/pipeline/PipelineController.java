package io.newsintel.search.pipeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/pipeline}: the health of the whole stream in one read-only answer, for the
 * dashboard. Each part that cannot be measured is named in {@code errors}; the answer is never a
 * 500 because one dependency is down.
 */
@RestController
class PipelineController {

  private final PipelineSampler sampler;
  private final IngestFeeds feeds;
  private final Clock clock = Clock.systemUTC();

  PipelineController(PipelineSampler sampler, IngestFeeds feeds) {
    this.sampler = sampler;
    this.feeds = feeds;
  }

  @GetMapping("/api/pipeline")
  PipelineView pipeline() {
    List<String> errors = new ArrayList<>();
    PipelineSnapshot snapshot = sampler.latest();
    if (snapshot.error() != null) {
      errors.add(snapshot.error());
    }
    FeedsSummary feedSummary = null;
    try {
      feedSummary = feeds.summary();
    } catch (IngestFeeds.IngestUnavailableException e) {
      errors.add(e.getMessage());
    }
    return new PipelineView(
        clock.instant(),
        sampler.rates(),
        snapshot.consumerGroups(),
        snapshot.topics(),
        feedSummary,
        List.copyOf(errors));
  }
}
