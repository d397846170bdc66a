package io.newsintel.ingest.publish;

/**
 * @param published new stories and changed ones (updates) written to {@code news.raw}
 * @param updates of those, the changed ones
 * @param unchanged stories skipped because this version was already published
 */
public record PublishResult(int published, int updates, int unchanged) {}
