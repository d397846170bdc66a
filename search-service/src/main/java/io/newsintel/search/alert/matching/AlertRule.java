package io.newsintel.search.alert.matching;

/** Whether a matching story is alerted, given what the subscription was alerted about before. */
enum AlertRule {
  /** Never alerted: a new alert. */
  ALERT,
  /** A newer revision of an alerted story, for a subscription that asks for updates. */
  UPDATE,
  /** Already alerted at this or a newer revision, or a change the subscription did not ask for. */
  SKIP;

  /**
   * @param alertedRevision the revision last alerted, null when never
   */
  static AlertRule decide(boolean wantsUpdates, Long alertedRevision, long revision) {
    if (alertedRevision == null) {
      return ALERT;
    }
    if (revision <= alertedRevision || !wantsUpdates) {
      return SKIP;
    }
    return UPDATE;
  }
}
