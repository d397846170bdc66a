package io.newsintel.search.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsintel.search.alert.subscription.BlockedWebhookException;
import io.newsintel.search.alert.subscription.WebhookAddressGuard;
import io.newsintel.testinfra.HostsFileJvm;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SSRF through webhook URLs, beyond the literal addresses of {@code WebhookAddressGuardTest}: names
 * under {@code localhost}, and public-looking DNS names that resolve into the internal network
 * through a resolver of our own.
 */
class WebhookSsrfIT {

  private final WebhookAddressGuard guard = new WebhookAddressGuard(false);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://hooks.localhost/hook",
        "http://localhost./hook",
        "http://[::ffff:7f00:1]/hook",
        "http://[0:0:0:0:0:ffff:127.0.0.1]/hook",
        "http://127.000.000.001/hook",
        "http://0/hook",
        "http://0x7f.1/hook"
      })
  void refusesDisguisedLoopbackWebhooks(String url) {
    assertThatThrownBy(() -> guard.check(URI.create(url)))
        .isInstanceOf(BlockedWebhookException.class);
  }

  @Test
  void refusesAWebhookNameThatResolvesIntoTheInternalNetwork(@TempDir Path dir) throws Exception {
    // The JDK's hosts-file resolver, in a child JVM so this JVM's name resolution is untouched.
    Path hosts = dir.resolve("hosts");
    Files.writeString(
        hosts,
        "127.0.0.1 hooks.attacker.test\n"
            + "::1 v6.attacker.test\n"
            + "169.254.169.254 metadata.attacker.test\n"
            + "93.184.216.34 public.attacker.test\n");

    List<String> outcomes =
        runProbe(
            hosts,
            List.of(
                "https://hooks.attacker.test/hook",
                "https://v6.attacker.test/hook",
                "https://metadata.attacker.test/latest",
                "https://public.attacker.test/hook"));

    assertThat(outcomes)
        .containsExactly(
            "BLOCKED webhookUrl host 'hooks.attacker.test' resolves to the non-public address"
                + " 127.0.0.1 (set ALERTS_WEBHOOK_ALLOW_PRIVATE_ADDRESSES=true to allow)",
            "BLOCKED webhookUrl host 'v6.attacker.test' resolves to the non-public address"
                + " 0:0:0:0:0:0:0:1 (set ALERTS_WEBHOOK_ALLOW_PRIVATE_ADDRESSES=true to allow)",
            "BLOCKED webhookUrl host 'metadata.attacker.test' resolves to the non-public address"
                + " 169.254.169.254 (set ALERTS_WEBHOOK_ALLOW_PRIVATE_ADDRESSES=true to allow)",
            "ALLOWED https://public.attacker.test/hook");
  }

  private static List<String> runProbe(Path hosts, List<String> urls)
      throws IOException, InterruptedException {
    return HostsFileJvm.run(hosts, Probe.class, urls).stream()
        .filter(l -> l.startsWith("BLOCKED") || l.startsWith("ALLOWED"))
        .toList();
  }

  /** Checks each URL with the production guard; one line per URL. */
  public static final class Probe {
    public static void main(String[] args) {
      WebhookAddressGuard guard = new WebhookAddressGuard(false);
      for (String url : args) {
        try {
          guard.check(URI.create(url));
          System.out.println("ALLOWED " + url);
        } catch (BlockedWebhookException e) {
          System.out.println("BLOCKED " + e.getMessage());
        }
      }
    }
  }
}
