package io.newsintel.ingest.publish;

/**
 * The last version of a story we published.
 *
 * @param feedId the feed that first published it: only that feed may publish updates, so two feeds
 *     carrying slightly different copies of one story do not take turns republishing it
 * @param fingerprint see {@link StoryFingerprint}
 */
public record SeenStory(String feedId, String fingerprint) {

  /** The compact form stored as the record value in the digest topic. */
  public String encode() {
    return feedId + " " + fingerprint;
  }

  public static SeenStory decode(String value) {
    int space = value.indexOf(' ');
    if (space < 0) {
      return new SeenStory("", value);
    }
    return new SeenStory(value.substring(0, space), value.substring(space + 1));
  }
}
