package io.newsintel.enrich.attribution;

import io.newsintel.enrich.matching.FieldText;
import io.newsintel.enrich.matching.PhraseMatch;

/**
 * One piece of evidence the extractor found: {@code kind:value} and the text it read it from.
 *
 * @param kind {@code attributedBy}, {@code sponsorState}, {@code agency}, {@code target}, {@code
 *     attributionDenied}, {@code cyberAttribution} or {@code attributionConfidence}
 * @param confidence how sure the extractor is of this role, from 0 to 1
 */
public record Finding(
    String kind, String value, String field, int start, int end, String text, double confidence) {

  /** The finding a phrase match in a field stands for. */
  static Finding at(
      String kind, String value, FieldText field, PhraseMatch<?> match, double confidence) {
    return new Finding(
        kind,
        value,
        field.name(),
        match.start(),
        match.end(),
        match.text(field.text()),
        confidence);
  }
}
