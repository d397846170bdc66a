package io.newsintel.ingest.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable ids: the same canonical URL gives the same id in every instance and every run, so the same
 * story from two polls or two feeds is one story downstream.
 */
public final class StoryIds {

  private static final int ID_HEX_CHARS = 32;

  private StoryIds() {}

  public static String of(String canonicalUrlOrGuid) {
    return sha256Hex(canonicalUrlOrGuid).substring(0, ID_HEX_CHARS);
  }

  public static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
