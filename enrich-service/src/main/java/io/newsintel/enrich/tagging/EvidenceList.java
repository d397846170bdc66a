package io.newsintel.enrich.tagging;

import io.newsintel.contract.Evidence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects evidence without duplicates and with a bound per tag: a long story naming APT28 forty
 * times needs a few highlights, not forty. The same tag on the same span is kept once, with the
 * highest confidence it was given.
 */
final class EvidenceList {

  static final int MAX_PER_TAG = 10;

  private record Span(String tag, String field, int start, int end) {}

  private final Map<Span, Evidence> evidence = new LinkedHashMap<>();
  private final Map<String, Integer> perTag = new HashMap<>();
  private final Set<String> tags = new HashSet<>();

  void add(String kind, String value, String field, int start, int end, String text, double c) {
    add(kind, value, field, start, end, text, Evidence.STATED, c);
  }

  void add(
      String kind,
      String value,
      String field,
      int start,
      int end,
      String text,
      String basis,
      double confidence) {
    String tag = kind + ":" + value;
    Span span = new Span(tag, field, start, end);
    Evidence known = evidence.get(span);
    if (known != null) {
      if (known.confidence() < confidence) {
        evidence.put(span, new Evidence(tag, field, start, end, text, basis, confidence));
      }
      return;
    }
    tags.add(tag);
    int count = perTag.merge(tag, 1, Integer::sum);
    if (count <= MAX_PER_TAG) {
      evidence.put(span, new Evidence(tag, field, start, end, text, basis, confidence));
    }
  }

  boolean has(String kind, String value) {
    return tags.contains(kind + ":" + value);
  }

  List<Evidence> toList() {
    return new ArrayList<>(evidence.values());
  }
}
