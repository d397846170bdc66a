package io.newsintel.search.alert.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.contract.StoryEnriched;
import io.newsintel.search.TestStories;
import io.newsintel.search.alert.subscription.DigestMode;
import io.newsintel.search.alert.subscription.PayloadFormat;
import io.newsintel.search.alert.subscription.Subscription;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SubscriptionMonitorTest {

  private static final Instant NOW = Instant.parse("2026-05-03T10:00:00Z");

  private final SubscriptionMonitor monitor = new SubscriptionMonitor();
  private final StoryEnriched nato = TestStories.natoCondemnsApt28("nato", "UNN", NOW);
  private final StoryEnriched council =
      TestStories.ordinary("council", "City council budget", "Kyiv Post", NOW, NOW);

  @AfterEach
  void close() throws Exception {
    monitor.close();
  }

  @Test
  void matchesStoryNamingTheActorInAnyTextField() {
    monitor.loaded(
        List.of(
            subscription("title", "APT28", Map.of()),
            subscription("content", "\"GRU unit 26165\"", Map.of()),
            subscription("none", "Sandworm", Map.of())));

    assertThat(matches(nato)).containsExactlyInAnyOrder("title", "content");
  }

  @Test
  void withoutSubscriptionsEachStoryMatchesNothingAndTheFirstOneLaterStillMatches() {
    assertThat(monitor.match(List.of(nato, council))).containsExactly(Set.of(), Set.of());

    monitor.loaded(List.of(subscription("title", "APT28", Map.of())));

    assertThat(monitor.match(List.of(nato, council))).containsExactly(Set.of("title"), Set.of());
  }

  @Test
  void wordsAreAndedAsInTheSearchApi() {
    monitor.loaded(
        List.of(
            subscription("both", "APT28 Germany", Map.of()),
            subscription("brazil", "APT28 Brazil", Map.of()),
            subscription("either", "Sandworm | Fancy", Map.of())));

    assertThat(matches(nato)).containsExactlyInAnyOrder("both", "either");
  }

  @Test
  void prefixMustAndNotOperatorsWork() {
    monitor.loaded(
        List.of(
            subscription("prefix", "intrus*", Map.of()),
            subscription("must-not", "APT28 -Moscow", Map.of()),
            subscription("must", "+council +budget", Map.of())));

    assertThat(matches(nato)).containsExactly("prefix");
    assertThat(matches(council)).containsExactly("must");
  }

  @Test
  void onlyNegativeQueryMatchesEverythingElseAsElasticsearchDoes() {
    monitor.loaded(List.of(subscription("not-apt28", "-APT28", Map.of())));

    assertThat(matches(nato)).isEmpty();
    assertThat(matches(council)).containsExactly("not-apt28");
  }

  @Test
  void filtersAreExactValuesIgnoringCase() {
    monitor.loaded(
        List.of(
            subscription("lower", null, Map.of("actor", List.of("apt28"))),
            subscription("partial", null, Map.of("actor", List.of("APT2"))),
            subscription("source", "cyber", Map.of("source", List.of("unn"))),
            subscription("language", null, Map.of("language", List.of("EN")))));

    assertThat(matches(nato)).containsExactlyInAnyOrder("lower", "source", "language");
  }

  @Test
  void valuesOfOneFilterMeanAnyOfAndFiltersMeanAll() {
    monitor.loaded(
        List.of(
            subscription("any-target", null, Map.of("target", List.of("Brazil", "Czech Republic"))),
            subscription(
                "all-filters",
                null,
                Map.of("actor", List.of("APT28"), "sponsorState", List.of("China")))));

    assertThat(matches(nato)).containsExactly("any-target");
  }

  @Test
  void deletedSubscriptionNoLongerMatchesAndSavedOneDoes() {
    monitor.loaded(List.of(subscription("old", "APT28", Map.of())));
    monitor.deleted("old");
    monitor.saved(subscription("new", "NATO", Map.of()));

    assertThat(matches(nato)).containsExactly("new");
  }

  @Test
  void eachStoryOfABatchGetsItsOwnMatches() {
    monitor.loaded(
        List.of(
            subscription("apt28", "APT28", Map.of()), subscription("budget", "budget", Map.of())));

    List<Set<String>> matches = monitor.match(List.of(nato, council, nato));

    assertThat(matches).containsExactly(Set.of("apt28"), Set.of("budget"), Set.of("apt28"));
  }

  private Set<String> matches(StoryEnriched story) {
    return monitor.match(List.of(story)).get(0);
  }

  static Subscription subscription(String id, String query, Map<String, List<String>> filters) {
    return new Subscription(
        id,
        "Subscription " + id,
        query,
        filters,
        null,
        null,
        false,
        PayloadFormat.JSON,
        DigestMode.NONE,
        0,
        NOW,
        Subscription.SCHEMA_VERSION);
  }
}
