package io.newsintel.search.stats;

import io.newsintel.search.web.InvalidRequestException;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Statistics for dashboards. */
@RestController
@RequestMapping("/api/stats")
class StatsController {

  static final int MAX_CLAIMS = 100;

  /**
   * Longer than any actor name in the catalog; a case-insensitive term query over a much longer
   * value overflows Elasticsearch's automaton limit.
   */
  static final int MAX_ACTOR_LENGTH = 200;

  private final StoryStatistics statistics;
  private final Clock clock = Clock.systemUTC();

  StatsController(StoryStatistics statistics) {
    this.statistics = statistics;
  }

  /**
   * Stories per interval, split by actor, sponsor state, target or source. Without {@code from},
   * the last 48 hours (hour), 30 days (day) or 26 weeks (week) up to {@code to} or now.
   */
  @GetMapping("/timeline")
  Timeline timeline(
      @RequestParam(required = false) String by,
      @RequestParam(required = false) String interval,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String size)
      throws IOException {
    return statistics.timeline(TimelineRequest.parse(by, interval, from, to, size, clock));
  }

  /** The latest attribution claims: who says which group (and state) hit whom. */
  @GetMapping("/claims")
  Map<String, List<AttributionClaim>> claims(
      @RequestParam(defaultValue = "20") String size, @RequestParam(required = false) String actor)
      throws IOException {
    int count;
    try {
      count = Integer.parseInt(size.trim());
    } catch (NumberFormatException e) {
      count = -1;
    }
    if (count < 1 || count > MAX_CLAIMS) {
      throw new InvalidRequestException(
          "size must be a whole number from 1 to " + MAX_CLAIMS + ", not '" + size + "'");
    }
    String actorFilter = actor == null || actor.isBlank() ? null : actor.trim();
    if (actorFilter != null && actorFilter.length() > MAX_ACTOR_LENGTH) {
      throw new InvalidRequestException(
          "actor must be at most " + MAX_ACTOR_LENGTH + " characters long");
    }
    return Map.of("items", statistics.latestClaims(count, actorFilter));
  }
}
