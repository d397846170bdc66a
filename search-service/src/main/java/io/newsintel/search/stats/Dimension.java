package io.newsintel.search.stats;

import java.util.Locale;

/** What stories are counted by. */
enum Dimension {
  ACTOR("tags.actors"),
  SPONSOR_STATE("tags.sponsorStates"),
  TARGET("tags.targets"),
  SOURCE("source.name");

  final String field;

  Dimension(String field) {
    this.field = field;
  }

  /** {@code actor}, {@code sponsorState}, {@code target}, {@code source}; null when unknown. */
  static Dimension parse(String text) {
    String key = text.trim().toLowerCase(Locale.ROOT);
    return switch (key) {
      case "actor" -> ACTOR;
      case "sponsorstate" -> SPONSOR_STATE;
      case "target" -> TARGET;
      case "source" -> SOURCE;
      default -> null;
    };
  }
}
