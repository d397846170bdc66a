package io.newsintel.ingest.feed;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

  static final String OPML = "text/x-opml";

  private final FeedRegistry registry;
  private final PollScheduler scheduler;

  FeedController(FeedRegistry registry, PollScheduler scheduler) {
    this.registry = registry;
    this.scheduler = scheduler;
  }

  /** A feed to add. */
  record NewFeed(String url, String name, String pollInterval, Boolean fullText) {}

  /** What an OPML import did. */
  record ImportResult(List<FeedStatus> added, List<String> skipped) {}

  @GetMapping
  List<FeedStatus> list() {
    return registry.allFeeds().stream().map(this::status).toList();
  }

  @GetMapping("/{id}")
  FeedStatus get(@PathVariable String id) {
    return status(feed(id));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<FeedStatus> add(@RequestBody(required = false) NewFeed request) {
    if (request == null) {
      throw new IllegalArgumentException(
          "body required: {\"url\": ..., \"name\": ..., \"pollInterval\": \"10m\"}");
    }
    Feed feed =
        registry.register(
            request.url(),
            request.name(),
            request.pollInterval(),
            Boolean.TRUE.equals(request.fullText()));
    if (registry.owns(feed)) {
      scheduler.pollNow(feed);
    }
    return ResponseEntity.created(URI.create("/api/feeds/" + feed.id())).body(status(feed));
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable String id) {
    if (!registry.remove(id)) {
      throw notFound(id);
    }
    scheduler.forget(id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping(
      value = "/opml",
      produces = {OPML, MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
  ResponseEntity<String> exportOpml() {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(OPML + ";charset=UTF-8"))
        .header("Content-Disposition", "attachment; filename=\"news-intel-feeds.opml\"")
        .body(Opml.write(registry.allFeeds()));
  }

  @PostMapping(
      value = "/opml",
      consumes = {
        OPML,
        MediaType.APPLICATION_XML_VALUE,
        MediaType.TEXT_XML_VALUE,
        MediaType.TEXT_PLAIN_VALUE
      })
  ImportResult importOpml(@RequestBody String opml) {
    List<Opml.Outline> outlines = Opml.read(opml);
    List<FeedStatus> added = new java.util.ArrayList<>();
    List<String> skipped = new java.util.ArrayList<>();
    for (Opml.Outline outline : outlines) {
      try {
        Feed feed = registry.register(outline.xmlUrl(), outline.title(), null, false);
        if (registry.owns(feed)) {
          scheduler.pollNow(feed);
        }
        added.add(status(feed));
      } catch (IllegalArgumentException | FeedConflictException e) {
        skipped.add(
            outline.xmlUrl()
                + ": "
                + (e instanceof FeedConflictException c ? c.getReason() : e.getMessage()));
      }
    }
    return new ImportResult(added, skipped);
  }

  @PostMapping("/refresh")
  List<FeedStatus> refreshAll() {
    // In the listing's order (configured, then by URL), unlike the scheduler's view.
    List<Feed> feeds = registry.allFeeds().stream().filter(registry::owns).toList();
    CompletableFuture<?>[] polls =
        feeds.stream().map(scheduler::pollNow).toArray(CompletableFuture[]::new);
    await(CompletableFuture.allOf(polls));
    return feeds.stream().map(this::status).toList();
  }

  @PostMapping("/{id}/refresh")
  FeedStatus refresh(@PathVariable String id) {
    Feed feed = feed(id);
    if (!registry.owns(feed)) {
      throw new FeedConflictException(
          "feed " + id + " is polled by another instance; ask that one");
    }
    await(scheduler.pollNow(feed));
    return status(feed);
  }

  private Feed feed(String id) {
    return registry.find(id).orElseThrow(() -> notFound(id));
  }

  private static ResponseStatusException notFound(String id) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "no feed with id " + id);
  }

  private FeedStatus status(Feed feed) {
    return scheduler.status(feed, registry.owns(feed));
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
