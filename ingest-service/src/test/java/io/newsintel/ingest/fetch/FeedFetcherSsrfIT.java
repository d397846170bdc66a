package io.newsintel.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsintel.ingest.support.LoopbackFeedServer;
import io.newsintel.testinfra.HostsFileJvm;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SSRF through feed URLs, end to end through the fetcher with the production guard: a feed server
 * on loopback is addressed in every disguise, and must never see a request.
 */
class FeedFetcherSsrfIT {

  private static final String FEED =
      "<rss version=\"2.0\"><channel><title>internal</title></channel></rss>";

  private final LoopbackFeedServer internal = new LoopbackFeedServer();
  private final FeedFetcher fetcher = new FeedFetcher(fastFailing(false));

  @AfterEach
  void stop() {
    internal.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1:%d/feed",
        "http://127.0.0.2:%d/feed",
        "http://localhost:%d/feed",
        "http://[::1]:%d/feed",
        "http://[::ffff:127.0.0.1]:%d/feed",
        "http://[::ffff:7f00:1]:%d/feed",
        "http://[0:0:0:0:0:ffff:127.0.0.1]:%d/feed",
        "http://[fe80::1]:%d/feed",
        "http://2130706433:%d/feed",
        "http://0177.0.0.1:%d/feed",
        "http://0x7f000001:%d/feed",
        "http://0x7f.1:%d/feed",
        "http://127.1:%d/feed",
        "http://127.000.000.001:%d/feed",
        "http://0.0.0.0:%d/feed",
        "http://0:%d/feed",
        "http://169.254.169.254:%d/latest/meta-data",
        "http://10.0.0.1:%d/feed",
        "http://192.168.0.1:%d/feed",
        "http://[fd00::1]:%d/feed"
      })
  void refusesEveryFormOfAnInternalAddress(String template) {
    internal.serve("/feed", "application/rss+xml", FEED);
    URI uri = URI.create(template.formatted(port()));

    assertThatThrownBy(() -> fetcher.fetch(uri, Validators.NONE))
        .isInstanceOf(BlockedAddressException.class);
    assertThat(internal.hits("/feed")).isZero();
  }

  @Test
  void refusesANameUnderLocalhostWhetherOrNotItResolves() {
    internal.serve("/feed", "application/rss+xml", FEED);

    // glibc without nss-myhostname does not resolve it (FetchException); systemd's resolver maps
    // it to loopback (BlockedAddressException). Either way nothing is fetched.
    assertThatThrownBy(
            () ->
                fetcher.fetch(
                    URI.create("http://feeds.localhost:" + port() + "/feed"), Validators.NONE))
        .isInstanceOf(FetchException.class);
    assertThat(internal.hits("/feed")).isZero();
  }

  @Test
  void refusesARedirectFromAnAllowedHostIntoTheInternalNetwork() throws Exception {
    // The first hop must be allowed for the redirect to matter; only loopback is available here,
    // so the guard lets exactly that one URL through and is the production guard for every other.
    LoopbackFeedServer front = new LoopbackFeedServer();
    try {
      String entry = front.url("/moved");
      AddressGuard production = new AddressGuard(false);
      AddressGuard allowingTheEntry =
          new AddressGuard(false) {
            @Override
            public void check(URI uri) throws FetchException {
              if (!uri.toString().equals(entry)) {
                production.check(uri);
              }
            }
          };
      FeedFetcher guarded = new FeedFetcher(fastFailing(false), allowingTheEntry);
      internal.serve("/feed", "application/rss+xml", FEED);
      for (String target :
          List.of(
              "http://2130706433:" + port() + "/feed",
              "http://[::1]:" + port() + "/feed",
              "http://localhost:" + port() + "/feed",
              "http://169.254.169.254/latest/meta-data")) {
        front.handle(
            "/moved",
            exchange -> {
              exchange.getResponseHeaders().set("Location", target);
              LoopbackFeedServer.respond(exchange, 302, null, new byte[0]);
            });

        assertThatThrownBy(() -> guarded.fetch(URI.create(entry), Validators.NONE))
            .as(target)
            .isInstanceOf(BlockedAddressException.class);
      }
      assertThat(front.hits("/moved")).isEqualTo(4);
      assertThat(internal.hits("/feed")).isZero();
    } finally {
      front.close();
    }
  }

  @Test
  void refusesADnsNameThatResolvesToLoopback(@TempDir Path dir) throws Exception {
    internal.serve("/feed", "application/rss+xml", FEED);
    // A resolver of our own: the JDK's hosts-file resolver, in a child JVM so this JVM's name
    // resolution is untouched. The names look public; their addresses are not.
    Path hosts = dir.resolve("hosts");
    Files.writeString(
        hosts,
        "127.0.0.1 feeds.attacker.test\n::1 v6.attacker.test\n10.0.0.7 intranet.attacker.test\n");
    List<String> urls =
        List.of(
            "http://feeds.attacker.test:" + port() + "/feed",
            "http://v6.attacker.test:" + port() + "/feed",
            "http://intranet.attacker.test:" + port() + "/feed");

    List<String> outcomes = runProbe(hosts, urls);

    assertThat(outcomes)
        .containsExactly(
            "BLOCKED refused to fetch feeds.attacker.test: it resolves to the non-public address"
                + " 127.0.0.1 (set INGEST_FETCH_ALLOW_PRIVATE_ADDRESSES=true to allow)",
            "BLOCKED refused to fetch v6.attacker.test: it resolves to the non-public address"
                + " 0:0:0:0:0:0:0:1 (set INGEST_FETCH_ALLOW_PRIVATE_ADDRESSES=true to allow)",
            "BLOCKED refused to fetch intranet.attacker.test: it resolves to the non-public"
                + " address 10.0.0.7 (set INGEST_FETCH_ALLOW_PRIVATE_ADDRESSES=true to allow)");
    assertThat(internal.hits("/feed")).isZero();
  }

  private static List<String> runProbe(Path hosts, List<String> urls)
      throws IOException, InterruptedException {
    return HostsFileJvm.run(hosts, Probe.class, urls).stream()
        .filter(l -> l.startsWith("BLOCKED") || l.startsWith("FETCHED") || l.startsWith("FAILED"))
        .toList();
  }

  private int port() {
    return URI.create(internal.url("/")).getPort();
  }

  private static FetchProperties fastFailing(boolean allowPrivate) {
    return new FetchProperties(
        allowPrivate,
        Duration.ofSeconds(2),
        Duration.ofSeconds(2),
        Duration.ofSeconds(4),
        64 * 1024,
        3,
        "news-intel-test/1.0");
  }

  /** Fetches each URL with the production fetcher and guard; one line per URL. */
  public static final class Probe {
    public static void main(String[] args) {
      FeedFetcher fetcher = new FeedFetcher(fastFailing(false));
      for (String url : args) {
        try {
          FetchResponse response = fetcher.fetch(URI.create(url), Validators.NONE);
          System.out.println("FETCHED " + response.status());
        } catch (BlockedAddressException e) {
          System.out.println("BLOCKED " + e.getMessage());
        } catch (FetchException e) {
          System.out.println("FAILED " + e.getMessage());
        }
      }
    }
  }
}
