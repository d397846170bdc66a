package io.newsintel.search.alert.delivery;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-Signature-SHA256}: the lower-case hex HMAC-SHA256 of the exact body bytes under the
 * subscription's secret (UTF-8), so a receiver can check that a message comes from us unaltered.
 */
public final class WebhookSigner {

  public static final String HEADER = "X-Signature-SHA256";
  private static final String ALGORITHM = "HmacSHA256";

  private WebhookSigner() {}

  public static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM));
      return java.util.HexFormat.of().formatHex(mac.doFinal(body));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
