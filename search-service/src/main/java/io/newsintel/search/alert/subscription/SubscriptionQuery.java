package io.newsintel.search.alert.subscription;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a subscription into the Lucene query the monitor runs, so that it means what the same
 * {@code q} and filters mean in the search API: Elasticsearch's simple_query_string is Lucene's
 * {@link SimpleQueryParser}, over title (boosted), summary and content, words ANDed, analysed with
 * the standard analyzer of the index mapping; filters are exact, case-insensitive terms.
 *
 * <p>Matching needs no scores, so the monitor runs the query over one field, {@link #TEXT}, that
 * holds title, summary and content with a wide position gap between them: a word is in it exactly
 * when it is in one of the three, and a phrase (or a proximity search within the gap) only within
 * one of them, just as over three fields. Boosts only change scores. One field instead of three
 * makes every subscription about three times cheaper to run ({@code SubscriptionQueryTest} checks
 * that both forms match the same stories).
 */
public final class SubscriptionQuery {

  public static final String TITLE = "title";
  public static final String SUMMARY = "summary";
  public static final String CONTENT = "content";

  /** The matching field: title, summary and content, each its own value. */
  public static final String TEXT = "text";

  /** Wider than any proximity search a user would write, so none spans two of the values. */
  static final int POSITION_GAP = 10_000;

  /** The weights of the search API: a story about APT28 usually names it in the title. */
  static final Map<String, Float> SEARCH_API_FIELDS = Map.of(TITLE, 3f, SUMMARY, 1f, CONTENT, 1f);

  private static final Map<String, Float> MATCHING_FIELDS = Map.of(TEXT, 1f);

  public static final int MAX_QUERY_LENGTH = 500;

  private static final Analyzer STANDARD = new StandardAnalyzer();

  private static final Analyzer ANALYZER =
      new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
          return STANDARD;
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
          return TEXT.equals(fieldName) ? POSITION_GAP : 0;
        }
      };

  private SubscriptionQuery() {}

  /**
   * The analyzer of the text fields: Elasticsearch's {@code standard} (no stop words), with the
   * position gap of the matching field.
   */
  public static Analyzer analyzer() {
    return ANALYZER;
  }

  /**
   * @throws IllegalArgumentException with a message for the user when the query has nothing to
   *     search for and there are no filters either
   */
  public static Query of(String query, Map<String, List<String>> filters) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    boolean any = false;
    if (query != null && !query.isBlank()) {
      all.add(text(query, MATCHING_FIELDS), Occur.MUST);
      any = true;
    }
    for (Map.Entry<String, List<String>> filter : filters.entrySet()) {
      SubscriptionFilter known =
          SubscriptionFilter.byParameter(filter.getKey())
              .orElseThrow(
                  () -> new IllegalArgumentException("unknown filter '" + filter.getKey() + "'"));
      if (filter.getValue().isEmpty()) {
        continue;
      }
      BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
      for (String value : filter.getValue()) {
        anyOf.add(
            new TermQuery(new Term(known.field(), SubscriptionFilter.normalise(value))),
            Occur.SHOULD);
      }
      all.add(anyOf.build(), Occur.FILTER);
      any = true;
    }
    if (!any) {
      throw new IllegalArgumentException("give a query, at least one filter, or both");
    }
    return all.build();
  }

  /**
   * @throws IllegalArgumentException when the text has no word to search for
   */
  static Query text(String query, Map<String, Float> fields) {
    SimpleQueryParser parser = new SimpleQueryParser(ANALYZER, fields);
    // Analysts narrow down: "APT28 Germany" means both, as in the search API.
    parser.setDefaultOperator(Occur.MUST);
    Query parsed = parser.parse(query);
    if (parsed == null || parsed instanceof MatchNoDocsQuery) {
      throw new IllegalArgumentException(
          "query has no word to search for: '" + query.strip() + "'");
    }
    return withPositiveClauses(parsed);
  }

  /**
   * Elasticsearch reads "-word" as "everything but word"; a Lucene query of only negative clauses
   * matches nothing. Adding match-all to such a clause gives Elasticsearch's meaning.
   */
  private static Query withPositiveClauses(Query query) {
    if (query instanceof BoostQuery boost) {
      return new BoostQuery(withPositiveClauses(boost.getQuery()), boost.getBoost());
    }
    if (!(query instanceof BooleanQuery bool)) {
      return query;
    }
    BooleanQuery.Builder rebuilt = new BooleanQuery.Builder();
    rebuilt.setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
    boolean onlyNegative = !bool.clauses().isEmpty();
    for (BooleanClause clause : bool.clauses()) {
      onlyNegative &= clause.getOccur() == Occur.MUST_NOT;
      rebuilt.add(withPositiveClauses(clause.getQuery()), clause.getOccur());
    }
    if (onlyNegative) {
      rebuilt.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return rebuilt.build();
  }
}
