package io.newsintel.search.stories;

/** Field names of the stories index mapping ({@code elasticsearch/stories-index.json}). */
final class StoryFields {

  static final String TITLE = "title";
  static final String SUMMARY = "summary";
  static final String CONTENT = "content";
  static final String PUBLISHED = "published";
  static final String LANGUAGE = "language";
  static final String SOURCE_NAME = "source.name";
  static final String ACTORS = "tags.actors";
  static final String SPONSOR_STATES = "tags.sponsorStates";
  static final String TARGETS = "tags.targets";
  static final String EVIDENCE = "evidence";

  /** Title matches weigh most: a story about APT28 usually names it in the title. */
  static final String TITLE_BOOST = "^3";

  private StoryFields() {}
}
