package io.newsintel.search.alert.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AlertRuleTest {

  @Test
  void storyNeverAlertedIsAlerted() {
    assertThat(AlertRule.decide(false, null, 5)).isEqualTo(AlertRule.ALERT);
  }

  @Test
  void sameOrOlderRevisionIsNeverAlertedAgain() {
    assertThat(AlertRule.decide(true, 5L, 5)).isEqualTo(AlertRule.SKIP);
    assertThat(AlertRule.decide(true, 5L, 4)).isEqualTo(AlertRule.SKIP);
  }

  @Test
  void newerRevisionIsAnUpdateOnlyForSubscriptionsAskingForUpdates() {
    assertThat(AlertRule.decide(true, 5L, 6)).isEqualTo(AlertRule.UPDATE);
    assertThat(AlertRule.decide(false, 5L, 6)).isEqualTo(AlertRule.SKIP);
  }
}
