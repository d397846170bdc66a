package io.newsintel.contract;

/**
 * Where a story came from.
 *
 * @param feedUrl the feed's URL (for a file given to {@code parse}: the path as given)
 * @param name the feed's title
 */
public record StorySource(String feedUrl, String name) {}
