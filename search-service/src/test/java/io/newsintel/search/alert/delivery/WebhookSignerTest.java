package io.newsintel.search.alert.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignerTest {

  @Test
  void signatureIsLowerCaseHexHmacSha256OfTheBody() {
    // The well-known HMAC-SHA256 example (key "key"), as any receiver's library computes it.
    byte[] body = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);

    assertThat(WebhookSigner.sign("key", body))
        .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
  }

  @Test
  void anyChangeOfTheBodyChangesTheSignature() {
    String secret = "0123456789abcdef";
    String signed = WebhookSigner.sign(secret, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

    assertThat(WebhookSigner.sign(secret, "{\"a\": 1}".getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(signed);
    assertThat(WebhookSigner.sign(secret + "x", "{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
        .isNotEqualTo(signed);
  }
}
