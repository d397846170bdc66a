/**
 * Alerts: saved queries (subscriptions) matched against every story once Elasticsearch holds it,
 * raised once per (subscription, story) on {@code news.alerts}, delivered to signed webhooks and to
 * a server-sent-events stream.
 *
 * <p>Sub-packages, each depending only on those before it: {@code subscription} (the API, the
 * compacted topic, delivery status), {@code matching} (Lucene monitor, the alerted ledger, the
 * transactional publisher), {@code noise} (rate limits and digests), {@code delivery} (webhooks,
 * retries, dead letters) and {@code stream} (server-sent events). This package holds what they
 * share: topic names and the follower of compacted topics.
 */
package io.newsintel.search.alert;
