package io.newsintel.search.alert.subscription;

import io.newsintel.contract.StoryEnriched;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The filters a subscription may set: the same names and meaning as the search API's parameters
 * (exact values, case-insensitive, several values meaning "any of"), with the story field each one
 * reads.
 */
public enum SubscriptionFilter {
  ACTOR("actor", "tags.actors", s -> s.tags().actors()),
  SPONSOR_STATE("sponsorState", "tags.sponsorStates", s -> s.tags().sponsorStates()),
  TARGET("target", "tags.targets", s -> s.tags().targets()),
  SOURCE("source", "source.name", s -> s.source() == null ? null : single(s.source().name())),
  LANGUAGE("language", "language", s -> single(s.language()));

  private final String parameter;
  private final String field;
  private final Function<StoryEnriched, List<String>> values;

  SubscriptionFilter(String parameter, String field, Function<StoryEnriched, List<String>> values) {
    this.parameter = parameter;
    this.field = field;
    this.values = values;
  }

  /** The name in the API ({@code actor}). */
  public String parameter() {
    return parameter;
  }

  /** The field of the matching document ({@code tags.actors}). */
  public String field() {
    return field;
  }

  /** The story's values for this filter, normalised as they are compared. */
  public List<String> valuesOf(StoryEnriched story) {
    List<String> found = values.apply(story);
    return found == null
        ? List.of()
        : found.stream()
            .filter(v -> v != null && !v.isBlank())
            .map(SubscriptionFilter::normalise)
            .toList();
  }

  /** Filters compare exact values ignoring case, as the search API does. */
  public static String normalise(String value) {
    return value.trim().toLowerCase(Locale.ROOT);
  }

  public static Optional<SubscriptionFilter> byParameter(String name) {
    return Arrays.stream(values()).filter(f -> f.parameter.equals(name)).findFirst();
  }

  public static String parameterNames() {
    return Arrays.stream(values()).map(f -> f.parameter).collect(Collectors.joining(", "));
  }

  private static List<String> single(String value) {
    return value == null ? List.of() : List.of(value);
  }
}
