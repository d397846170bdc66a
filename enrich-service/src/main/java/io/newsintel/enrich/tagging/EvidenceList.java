package io.newsintel.enrich.tagging;

import io.newsintel.contract.Evidence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects evidence without duplicates and with a bound per tag: a long story naming APT28 forty
 * times needs a few highlights, not forty.
 */
final class EvidenceList {

  static final int MAX_PER_TAG = 10;

  private final Set<Evidence> evidence = new LinkedHashSet<>();
  private final Map<String, Integer> perTag = new HashMap<>();

  void add(String kind, String value, String field, int start, int end, String text) {
    String tag = kind + ":" + value;
    if (evidence.contains(new Evidence(tag, field, start, end, text))) {
      return;
    }
    int count = perTag.merge(tag, 1, Integer::sum);
    if (count <= MAX_PER_TAG) {
      evidence.add(new Evidence(tag, field, start, end, text));
    }
  }

  List<Evidence> toList() {
    return new ArrayList<>(evidence);
  }
}
