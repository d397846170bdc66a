package io.newsintel.search.stories;

import io.newsintel.search.web.DateParameter;
import io.newsintel.search.web.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The query parameters of {@code GET /api/stories} as sent, turned into a {@link
 * StorySearchRequest} or refused with a message that says what to send instead.
 *
 * @param q search text in simple_query_string syntax: {@code "exact phrase"}, {@code +must}, {@code
 *     -not}, {@code a | b}, {@code prefix*}
 * @param actor threat actor (repeatable: any of them), case-insensitive
 * @param sponsorState suspected sponsor state (repeatable)
 * @param target targeted country or organisation (repeatable)
 * @param source feed name (repeatable)
 * @param language ISO 639-1 language code (repeatable)
 * @param from published at or after: an ISO-8601 date ({@code 2026-11-28}) or date-time
 * @param to published before the end of this date, or before this date-time
 * @param sort {@code relevance} (default when q is given) or {@code date} (newest first)
 * @param size stories per page
 * @param cursor the {@code nextCursor} of the previous page
 */
public record StorySearchParameters(
    String q,
    List<String> actor,
    List<String> sponsorState,
    List<String> target,
    List<String> source,
    List<String> language,
    String from,
    String to,
    String sort,
    String size,
    String cursor) {

  static final int MAX_QUERY_LENGTH = 500;
  static final int MAX_VALUE_LENGTH = 200;
  static final int MAX_VALUES = 20;
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})?");

  public StorySearchRequest toRequest(SearchApiProperties limits) {
    String query = blankToNull(q);
    if (query != null && query.length() > MAX_QUERY_LENGTH) {
      throw new InvalidRequestException(
          "q is too long: at most " + MAX_QUERY_LENGTH + " characters");
    }
    List<String> languages = values("language", language);
    for (String code : languages) {
      if (!LANGUAGE.matcher(code).matches()) {
        throw new InvalidRequestException(
            "language must be an ISO 639-1 code such as 'en' or 'uk', not '" + code + "'");
      }
    }
    Instant start = DateParameter.parse("from", from, false);
    Instant end = DateParameter.parse("to", to, true);
    if (start != null && end != null && !start.isBefore(end)) {
      throw new InvalidRequestException("from must be before to");
    }
    SortOrder order = sortOrder(query);
    int pageSize = pageSize(limits);
    SearchCursor position = blankToNull(cursor) == null ? null : SearchCursor.decode(cursor.trim());
    StorySearchRequest request =
        new StorySearchRequest(
            query,
            values("actor", actor),
            values("sponsorState", sponsorState),
            values("target", target),
            values("source", source),
            languages,
            start,
            end,
            order,
            pageSize,
            position);
    if (position != null && !position.fingerprint().equals(request.fingerprint())) {
      throw new InvalidRequestException(
          "cursor belongs to a different search: send the same q, filters and sort as the first"
              + " page");
    }
    return request;
  }

  private SortOrder sortOrder(String query) {
    String text = blankToNull(sort);
    if (text == null) {
      return query == null ? SortOrder.DATE : SortOrder.RELEVANCE;
    }
    SortOrder order = SortOrder.parse(text);
    if (order == null) {
      throw new InvalidRequestException("sort must be 'relevance' or 'date', not '" + text + "'");
    }
    return order;
  }

  private int pageSize(SearchApiProperties limits) {
    String text = blankToNull(size);
    if (text == null) {
      return limits.defaultPageSize();
    }
    int value;
    try {
      value = Integer.parseInt(text);
    } catch (NumberFormatException e) {
      value = -1;
    }
    if (value < 1 || value > limits.maxPageSize()) {
      throw new InvalidRequestException(
          "size must be a whole number from 1 to " + limits.maxPageSize() + ", not '" + text + "'");
    }
    return value;
  }

  private static List<String> values(String name, List<String> given) {
    List<String> values = new ArrayList<>();
    if (given == null) {
      return values;
    }
    for (String value : given) {
      String trimmed = blankToNull(value);
      if (trimmed == null) {
        continue;
      }
      if (trimmed.length() > MAX_VALUE_LENGTH) {
        throw new InvalidRequestException(
            name + " is too long: at most " + MAX_VALUE_LENGTH + " characters");
      }
      values.add(trimmed);
    }
    if (values.size() > MAX_VALUES) {
      throw new InvalidRequestException(name + " is given too often: at most " + MAX_VALUES);
    }
    return values;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
