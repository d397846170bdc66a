package io.newsintel.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

  private final AddressGuard guard = new AddressGuard(false);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "255.255.255.255",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "fd12::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "64:ff9b::a00:1",
        "ff02::1"
      })
  void treatsNonPublicAddressesAsInternal(String address) throws Exception {
    assertThat(AddressGuard.isInternal(InetAddress.getByName(address))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "2a00:1450:4001:80b::200e", "100.128.0.1"})
  void treatsPublicAddressesAsExternal(String address) throws Exception {
    assertThat(AddressGuard.isInternal(InetAddress.getByName(address))).isFalse();
  }

  @Test
  void refusesFeedUrlPointingAtLoopback() {
    assertThatThrownBy(() -> guard.check(URI.create("http://localhost:8080/feed")))
        .isInstanceOf(BlockedAddressException.class)
        .hasMessageContaining("INGEST_FETCH_ALLOW_PRIVATE_ADDRESSES");
    assertThatThrownBy(() -> guard.check(URI.create("http://[::ffff:169.254.169.254]/latest")))
        .isInstanceOf(BlockedAddressException.class);
  }

  @Test
  void refusesSchemesOtherThanHttp() {
    assertThatThrownBy(() -> guard.check(URI.create("file:///etc/passwd")))
        .isInstanceOf(BlockedAddressException.class);
    assertThatThrownBy(() -> new AddressGuard(true).check(URI.create("ftp://example.com/x")))
        .isInstanceOf(BlockedAddressException.class);
  }

  @Test
  void allowsLoopbackWhenPrivateAddressesAreAllowed() {
    assertThatCode(() -> new AddressGuard(true).check(URI.create("http://127.0.0.1:8080/feed")))
        .doesNotThrowAnyException();
  }
}
