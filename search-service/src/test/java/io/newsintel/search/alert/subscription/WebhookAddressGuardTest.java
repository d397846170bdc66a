package io.newsintel.search.alert.subscription;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookAddressGuardTest {

  private final WebhookAddressGuard guard = new WebhookAddressGuard(false);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://127.0.0.1/hook",
        "http://127.8.9.10:8080/hook",
        "http://10.1.2.3/hook",
        "http://172.16.0.1/hook",
        "http://192.168.1.10/hook",
        "http://169.254.169.254/latest/meta-data",
        "http://100.64.0.1/hook",
        "http://0.0.0.0/hook",
        "http://224.0.0.1/hook",
        "http://[::1]/hook",
        "http://[::]/hook",
        "http://[fe80::1]/hook",
        "http://[fd00::1]/hook",
        "http://[fc00::1]/hook",
        "http://[ff02::1]/hook",
        "http://[::ffff:127.0.0.1]/hook",
        "http://[::ffff:169.254.169.254]/hook",
        "http://[64:ff9b::a00:1]/hook",
        "http://localhost/hook"
      })
  void refusesWebhookPointingIntoOwnNetwork(String url) {
    assertThatThrownBy(() -> guard.check(URI.create(url)))
        .isInstanceOf(BlockedWebhookException.class)
        .hasMessageContaining("ALERTS_WEBHOOK_ALLOW_PRIVATE_ADDRESSES");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://2130706433/hook",
        "http://0x7f000001/hook",
        "http://0177.0.0.1/hook",
        "http://010.0.0.1/hook"
      })
  void refusesIpv4InDecimalOctalOrHexNotation(String url) {
    assertThatThrownBy(() -> guard.check(URI.create(url)))
        .isInstanceOf(BlockedWebhookException.class)
        .hasMessageContaining("ambiguous notation");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.1/hook", "http://0x7f.0.0.1/hook"})
  void refusesShortIpv4FormsThatJavaReadsAsNoHost(String url) {
    assertThatThrownBy(() -> guard.check(URI.create(url)))
        .isInstanceOf(BlockedWebhookException.class)
        .hasMessageContaining("no host");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"ftp://93.184.216.34/hook", "file:///etc/passwd", "gopher://93.184.216.34/"})
  void refusesSchemesOtherThanHttp(String url) {
    assertThatThrownBy(() -> guard.check(URI.create(url)))
        .isInstanceOf(BlockedWebhookException.class)
        .hasMessageContaining("http or https");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://93.184.216.34/hook",
        "http://8.8.8.8:8080/a?b=c",
        "https://[2606:4700:4700::1111]/hook"
      })
  void acceptsPublicAddresses(String url) {
    assertThatCode(() -> guard.check(URI.create(url))).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:9999/hook", "http://[::1]/hook"})
  void acceptsPrivateAddressesWhenAllowed(String url) {
    assertThatCode(() -> new WebhookAddressGuard(true).check(URI.create(url)))
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://user:pass@93.184.216.34/hook"})
  void refusesCredentialsInTheUrl(String url) {
    assertThatThrownBy(() -> guard.check(URI.create(url)))
        .isInstanceOf(BlockedWebhookException.class)
        .hasMessageContaining("credentials");
  }
}
