package io.newsintel.ingest.feed;

import io.newsintel.ingest.fetch.Validators;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The polling state of one feed in this instance: schedule, conditional-GET validators and health.
 * Guarded by its own monitor: the scheduler, a worker and the API touch it from different threads.
 */
final class FeedState {

  private Instant nextPoll;
  private boolean inFlight;
  private Instant firstPoll;
  private Instant lastPoll;
  private Instant lastNewStory;
  private Instant lastSuccess;
  private Integer lastHttpStatus;
  private String lastError;
  private int consecutiveFailures;
  private int itemsSeen;
  private long storiesPublished;
  private Validators validators = Validators.NONE;
  private List<CompletableFuture<Void>> waitingForNextPoll = new ArrayList<>();
  private List<CompletableFuture<Void>> waitingForThisPoll = List.of();

  FeedState(Instant firstPoll) {
    this.nextPoll = firstPoll;
  }

  synchronized boolean isDue(Instant now) {
    return !inFlight && !now.isBefore(nextPoll);
  }

  /** Handed to a worker: no longer due, even before the worker starts. */
  synchronized void markQueued() {
    inFlight = true;
  }

  synchronized Validators begin(Instant now) {
    inFlight = true;
    lastPoll = now;
    if (firstPoll == null) {
      firstPoll = now;
    }
    waitingForThisPoll = waitingForNextPoll;
    waitingForNextPoll = new ArrayList<>();
    return validators;
  }

  /** Asks for a poll as soon as a worker is free; completes when a poll started after now ends. */
  synchronized CompletableFuture<Void> requestPoll(Instant now) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    waitingForNextPoll.add(done);
    nextPoll = now;
    return done;
  }

  synchronized void succeeded(
      int httpStatus, Validators newValidators, int items, int published, Instant nextPoll) {
    lastSuccess = lastPoll;
    lastHttpStatus = httpStatus;
    lastError = null;
    consecutiveFailures = 0;
    if (newValidators != null) {
      validators = newValidators;
    }
    if (items >= 0) {
      itemsSeen = items;
    }
    storiesPublished += published;
    if (published > 0) {
      lastNewStory = lastPoll;
    }
    finish(nextPoll);
  }

  synchronized int failed(Integer httpStatus, String error) {
    lastHttpStatus = httpStatus;
    lastError = error;
    return ++consecutiveFailures;
  }

  synchronized void rescheduleAfterFailure(Instant nextPoll) {
    finish(nextPoll);
  }

  private void finish(Instant next) {
    inFlight = false;
    // A refresh asked for while this poll ran wants a poll that starts after its request.
    nextPoll = waitingForNextPoll.isEmpty() ? next : lastPoll;
    waitingForThisPoll.forEach(f -> f.complete(null));
    waitingForThisPoll = List.of();
  }

  synchronized FeedStatus snapshot(Feed feed, Duration staleAfter, Instant now) {
    return snapshot(feed, staleAfter, now, true);
  }

  synchronized FeedStatus snapshot(
      Feed feed, Duration staleAfter, Instant now, boolean polledHere) {
    boolean failing = olderThan(lastSuccess != null ? lastSuccess : firstPoll, staleAfter, now);
    boolean silent = olderThan(lastNewStory != null ? lastNewStory : firstPoll, staleAfter, now);
    return new FeedStatus(
        feed.id(),
        feed.url().toString(),
        feed.name(),
        feed.origin(),
        feed.pollInterval(),
        feed.fullText(),
        lastPoll,
        lastSuccess,
        lastHttpStatus,
        lastError,
        consecutiveFailures,
        itemsSeen,
        storiesPublished,
        inFlight || !polledHere ? null : nextPoll,
        inFlight,
        polledHere,
        failing,
        silent);
  }

  private static boolean olderThan(Instant since, Duration limit, Instant now) {
    return since != null && Duration.between(since, now).compareTo(limit) > 0;
  }
}
