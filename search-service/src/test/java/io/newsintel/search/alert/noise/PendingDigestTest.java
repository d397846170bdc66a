package io.newsintel.search.alert.noise;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.contract.AlertRaised;
import io.newsintel.search.TestStories;
import io.newsintel.search.alert.subscription.DigestMode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PendingDigestTest {

  private static final Instant NOW = Instant.parse("2026-05-03T10:20:00Z");

  @Test
  void fullDigestCountsFurtherAlertsAsOmitted() {
    PendingDigest digest = new PendingDigest("s", NOW, NOW.plusSeconds(60), List.of(held(1)), 0);

    PendingDigest more = digest.with(held(2), NOW.plusSeconds(60), 2).with(held(3), NOW, 2);

    assertThat(more.alerts()).containsExactly(held(1), held(2));
    assertThat(more.omitted()).isEqualTo(1);
    assertThat(more.due()).isEqualTo(NOW);
  }

  @Test
  void whatWasHeldWhileSendingStaysForTheNextDigest() {
    PendingDigest sent = new PendingDigest("s", NOW, NOW, List.of(held(1), held(2)), 1);
    PendingDigest now = sent.with(held(3), NOW, 10);

    assertThat(now.without(sent).alerts()).containsExactly(held(3));
    assertThat(sent.without(sent)).isNull();
  }

  @Test
  void heldAlertLeavesFullTextAndEvidenceOut() {
    HeldAlert held = held(1);

    assertThat(held.alert().story().content()).isNull();
    assertThat(held.alert().story().evidence()).isEmpty();
    assertThat(held.alert().story().title()).contains("APT28");
  }

  @Test
  void digestPeriodsEndAtUtcHourAndDayBoundaries() {
    assertThat(DigestMode.HOURLY.periodEnd(NOW)).isEqualTo(Instant.parse("2026-05-03T11:00:00Z"));
    assertThat(DigestMode.DAILY.periodEnd(NOW)).isEqualTo(Instant.parse("2026-05-04T00:00:00Z"));
    assertThat(DigestMode.NONE.periodEnd(NOW)).isNull();
  }

  private static HeldAlert held(int n) {
    return HeldAlert.of(
        new AlertRaised(
            "a" + n,
            "s",
            "S",
            TestStories.natoCondemnsApt28("story-" + n, "UNN", NOW),
            false,
            NOW,
            AlertRaised.SCHEMA_VERSION),
        "news.alerts",
        0,
        n);
  }
}
