package io.newsintel.ingest.feed;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/feeds")
class FeedController {

  /**
   * A refresh answers once the polls it asked for are done, so a caller can check the result
   * straight away; past this it answers with the status as it then stands.
   */
  static final Duration REFRESH_WAIT = Duration.ofSeconds(30);

  private final FeedRegistry registry;
  private final PollScheduler scheduler;

  FeedController(FeedRegistry registry, PollScheduler scheduler) {
    this.registry = registry;
    this.scheduler = scheduler;
  }

  @GetMapping
  List<FeedStatus> list() {
    return registry.allFeeds().stream().map(this::status).toList();
  }

  @GetMapping("/{id}")
  FeedStatus get(@PathVariable String id) {
    return status(feed(id));
  }

  @PostMapping("/refresh")
  List<FeedStatus> refreshAll() {
    List<Feed> feeds = List.copyOf(registry.ownedFeeds());
    CompletableFuture<?>[] polls =
        feeds.stream().map(scheduler::pollNow).toArray(CompletableFuture[]::new);
    await(CompletableFuture.allOf(polls));
    return feeds.stream().map(this::status).toList();
  }

  @PostMapping("/{id}/refresh")
  FeedStatus refresh(@PathVariable String id) {
    Feed feed = feed(id);
    await(scheduler.pollNow(feed));
    return status(feed);
  }

  private Feed feed(String id) {
    return registry
        .find(id)
        .orElseThrow(
            () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no feed with id " + id));
  }

  private FeedStatus status(Feed feed) {
    return scheduler.status(feed).orElseThrow();
  }

  private static void await(CompletableFuture<?> polls) {
    try {
      polls.get(REFRESH_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // The polls go on; the answer shows where they stand.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
