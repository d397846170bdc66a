package io.newsintel.ingest.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs every feed's polls on a fixed pool of workers: one scheduler thread looks each second for
 * feeds that are due and hands them to a worker, so the thread count stays the same for 5 or 5,000
 * feeds. A feed is never polled twice at once, and at most {@code perHostConcurrency} feeds of one
 * host are polled at the same time.
 */
class PollScheduler implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(PollScheduler.class);
  private static final Duration TICK = Duration.ofSeconds(1);

  private final FeedRegistry registry;
  private final FeedPoller poller;
  private final IngestProperties properties;
  private final Clock clock;
  private final Map<String, FeedState> states = new ConcurrentHashMap<>();
  private final Map<String, Semaphore> hostPermits = new ConcurrentHashMap<>();
  private ScheduledExecutorService ticker;
  private ExecutorService workers;
  private volatile boolean running;
  private final java.util.concurrent.atomic.AtomicBoolean tickRequested =
      new java.util.concurrent.atomic.AtomicBoolean();

  PollScheduler(
      FeedRegistry registry, FeedPoller poller, IngestProperties properties, Clock clock) {
    this.registry = registry;
    this.poller = poller;
    this.properties = properties;
    this.clock = clock;
  }

  @Override
  public void start() {
    ticker = Executors.newSingleThreadScheduledExecutor(named("feed-scheduler"));
    workers =
        new ThreadPoolExecutor(
            properties.workers(),
            properties.workers(),
            60,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            named("feed-poller"));
    running = true;
    ticker.scheduleWithFixedDelay(this::tick, 0, TICK.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    running = false;
    ticker.shutdownNow();
    workers.shutdownNow();
    try {
      workers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Polls that feed as soon as possible; completes when a poll started after this call ends. */
  CompletableFuture<Void> pollNow(Feed feed) {
    CompletableFuture<Void> done = state(feed).requestPoll(clock.instant());
    if (running) {
      requestTick();
    }
    return done;
  }

  FeedStatus status(Feed feed, boolean polledHere) {
    Duration staleAfter = feed.pollInterval().multipliedBy(properties.staleAfterIntervals());
    FeedState state =
        polledHere ? state(feed) : states.getOrDefault(feed.id(), new FeedState(null));
    return state.snapshot(feed, staleAfter, clock.instant(), polledHere);
  }

  /**
   * Drops the state of feeds that left the registry (deleted, or now owned by another instance).
   */
  void forget(String feedId) {
    states.remove(feedId);
  }

  private FeedState state(Feed feed) {
    // The first poll of every feed happens right after start-up (or registration).
    return states.computeIfAbsent(feed.id(), id -> new FeedState(clock.instant()));
  }

  /** Runs a tick soon; requests that arrive before it runs share it. */
  private void requestTick() {
    if (running && tickRequested.compareAndSet(false, true)) {
      try {
        ticker.execute(this::tick);
      } catch (java.util.concurrent.RejectedExecutionException e) {
        tickRequested.set(false); // stopping
      }
    }
  }

  private void tick() {
    tickRequested.set(false);
    if (!running) {
      return;
    }
    try {
      Instant now = clock.instant();
      List<Feed> due = new ArrayList<>();
      for (Feed feed : registry.ownedFeeds()) {
        if (state(feed).isDue(now)) {
          due.add(feed);
        }
      }
      for (Feed feed : due) {
        Semaphore permits =
            hostPermits.computeIfAbsent(
                feed.host(), h -> new Semaphore(properties.perHostConcurrency()));
        if (!permits.tryAcquire()) {
          continue; // that host is busy; the feed stays due and is picked up on a later tick
        }
        FeedState state = state(feed);
        state.markQueued();
        workers.execute(
            () -> {
              try {
                poller.poll(feed, state);
              } finally {
                permits.release();
                // A freed worker or host permit may let a waiting feed go now, not a tick later.
                requestTick();
              }
            });
      }
    } catch (RuntimeException e) {
      log.error("Feed scheduler tick failed", e);
    }
  }

  private static java.util.concurrent.ThreadFactory named(String prefix) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
