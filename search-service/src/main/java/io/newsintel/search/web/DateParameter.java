package io.newsintel.search.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The one way the API reads a date parameter ({@code from}, {@code to}). */
public final class DateParameter {

  private DateParameter() {}

  /**
   * Reads an ISO-8601 date ({@code 2026-11-28}, a whole UTC day) or date-time with offset.
   *
   * @param upperBound for a bare date as an upper bound: the bound is the start of the next day, so
   *     {@code to=2026-11-28} includes that whole day
   * @return null when the text is null or blank
   * @throws InvalidRequestException naming the parameter and the accepted forms
   */
  public static Instant parse(String name, String text, boolean upperBound) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.trim();
    try {
      if (value.length() == 10) {
        LocalDate date = LocalDate.parse(value);
        return (upperBound ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          name
              + " must be an ISO-8601 date (2026-11-28) or date-time (2026-11-28T09:30:00Z), not '"
              + value
              + "'");
    }
  }
}
