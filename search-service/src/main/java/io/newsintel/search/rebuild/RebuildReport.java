package io.newsintel.search.rebuild;

/**
 * What a rebuild did.
 *
 * @param previousIndex the index the alias pointed at before
 * @param newIndex the index it points at now
 * @param records records read from the topic
 * @param indexed stories written (including replays of the same story)
 * @param skipped records that are not valid stories or that Elasticsearch refused
 */
public record RebuildReport(
    String previousIndex, String newIndex, long records, long indexed, long skipped) {}
