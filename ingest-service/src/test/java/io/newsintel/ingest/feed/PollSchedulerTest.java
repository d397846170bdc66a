package io.newsintel.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PollSchedulerTest {

  private final FeedPoller poller = mock(FeedPoller.class);
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger maxRunning = new AtomicInteger();
  private final Set<String> polled = ConcurrentHashMap.newKeySet();
  private final AtomicInteger finished = new AtomicInteger();
  private PollScheduler scheduler;

  @AfterEach
  void stop() {
    release.countDown();
    if (scheduler != null) {
      scheduler.stop();
    }
  }

  @Test
  void pollsAtMostPerHostConcurrencyFeedsOfOneHostAtOnce() throws Exception {
    blockingPolls();
    scheduler =
        scheduler(
            List.of(
                "https://a.example/1",
                "https://a.example/2",
                "https://a.example/3",
                "https://b.example/1"),
            8,
            1);

    scheduler.start();

    await().atMost(Duration.ofSeconds(5)).until(() -> polled.size() == 2);
    assertThat(polled).containsExactlyInAnyOrder("a.example", "b.example");
    assertThat(maxRunning.get()).isEqualTo(2);
    release.countDown();
    await().atMost(Duration.ofSeconds(10)).until(() -> running.get() == 0 && finished.get() == 4);
  }

  @Test
  void neverRunsMorePollsThanWorkers() throws Exception {
    blockingPolls();
    List<String> urls = new java.util.ArrayList<>();
    for (int i = 0; i < 20; i++) {
      urls.add("https://host" + i + ".example/feed");
    }
    scheduler = scheduler(urls, 3, 2);

    scheduler.start();

    await().atMost(Duration.ofSeconds(5)).until(() -> running.get() == 3);
    assertThat(maxRunning.get()).isEqualTo(3);
    release.countDown();
    await().atMost(Duration.ofSeconds(10)).until(() -> finished.get() == 20);
  }

  private void blockingPolls() {
    doAnswer(
            invocation -> {
              Feed feed = invocation.getArgument(0);
              FeedState state = invocation.getArgument(1);
              state.begin(Instant.now());
              maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
              polled.add(feed.host());
              release.await(10, TimeUnit.SECONDS);
              running.decrementAndGet();
              finished.incrementAndGet();
              state.succeeded(200, null, 0, 0, Instant.now().plus(Duration.ofHours(1)));
              return null;
            })
        .when(poller)
        .poll(any(), any());
  }

  private PollScheduler scheduler(List<String> feeds, int workers, int perHost) {
    IngestProperties properties =
        new IngestProperties(
            feeds, Duration.ofMinutes(5), 0.1, workers, perHost, Duration.ofHours(4), 3, List.of());
    FeedRegistry registry =
        new FeedRegistry(
            properties,
            new FeedStore() {
              @Override
              public Collection<Feed> registered() {
                return List.of();
              }

              @Override
              public void save(Feed feed) {}

              @Override
              public void delete(String feedId) {}

              @Override
              public boolean owns(String feedId) {
                return true;
              }
            });
    return new PollScheduler(registry, poller, properties, Clock.systemUTC());
  }
}
