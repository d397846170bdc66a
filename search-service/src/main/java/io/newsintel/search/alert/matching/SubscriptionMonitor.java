package io.newsintel.search.alert.matching;

import io.newsintel.contract.StoryEnriched;
import io.newsintel.search.alert.subscription.Subscription;
import io.newsintel.search.alert.subscription.SubscriptionListener;
import io.newsintel.search.alert.subscription.SubscriptionQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.QueryMatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every subscription's query in a Lucene {@link Monitor}: a story is turned into a one-story index
 * and only the subscriptions whose terms it contains are run against it (the presearcher), which is
 * what makes matching against thousands of subscriptions cheap.
 */
public class SubscriptionMonitor implements SubscriptionListener, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SubscriptionMonitor.class);

  private final Monitor monitor;

  public SubscriptionMonitor() {
    try {
      // Two passes: a story must contain the best and the second-best term of a conjunction
      // ("APT28 Germany", a query plus filters) before the subscription is run against it.
      monitor =
          new Monitor(
              SubscriptionQuery.analyzer(),
              new MultipassTermFilteredPresearcher(
                  2, 0f, PresearchWeights.weightor(), List.of(), Set.of()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The ids of the subscriptions each story matches, in the order of the stories.
   *
   * @throws UncheckedIOException when the monitor fails (its index is in memory: a bug, not I/O)
   */
  public List<Set<String>> match(List<StoryEnriched> stories) {
    if (stories.isEmpty()) {
      return List.of();
    }
    if (size() == 0) {
      // Nothing can match; turning every story into a one-story index would still cost about half
      // of the indexing consumer's CPU time (measured with JFR in IndexingBenchmark).
      return stories.stream().<Set<String>>map(s -> Set.of()).toList();
    }
    Document[] documents = new Document[stories.size()];
    for (int i = 0; i < documents.length; i++) {
      documents[i] = StoryDocument.of(stories.get(i));
    }
    MultiMatchingQueries<QueryMatch> matches;
    try {
      matches = monitor.match(documents, QueryMatch.SIMPLE_MATCHER);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!matches.getErrors().isEmpty()) {
      log.warn("Subscriptions failed to run: {}", matches.getErrors());
    }
    List<Set<String>> result = new ArrayList<>(documents.length);
    for (int i = 0; i < documents.length; i++) {
      Set<String> ids = new TreeSet<>();
      for (QueryMatch match : matches.getMatches(i)) {
        ids.add(match.getQueryId());
      }
      result.add(ids);
    }
    return result;
  }

  public int size() {
    try {
      return monitor.getQueryCount();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void loaded(Collection<Subscription> subscriptions) {
    List<MonitorQuery> queries = new ArrayList<>(subscriptions.size());
    for (Subscription subscription : subscriptions) {
      MonitorQuery query = query(subscription);
      if (query != null) {
        queries.add(query);
      }
    }
    try {
      monitor.clear();
      // One call for all: each register commits the query index, which costs per call.
      monitor.register(queries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void saved(Subscription subscription) {
    MonitorQuery query = query(subscription);
    if (query == null) {
      return;
    }
    try {
      monitor.register(query);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void deleted(String subscriptionId) {
    try {
      monitor.deleteById(subscriptionId);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static MonitorQuery query(Subscription subscription) {
    try {
      return new MonitorQuery(
          subscription.id(), SubscriptionQuery.of(subscription.query(), subscription.filters()));
    } catch (IllegalArgumentException e) {
      // Validated when created; a stored one that no longer parses (older rules) is skipped.
      log.warn("Subscription {} cannot be matched: {}", subscription.id(), e.getMessage());
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    monitor.close();
  }
}
