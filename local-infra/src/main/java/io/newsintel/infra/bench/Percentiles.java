package io.newsintel.infra.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Nearest-rank percentiles of a set of measurements. */
final class Percentiles {

  private final List<Long> sorted;

  Percentiles(List<Long> values) {
    sorted = new ArrayList<>(values);
    Collections.sort(sorted);
  }

  /** The smallest value that at least {@code p} percent of the values do not exceed; -1 if none. */
  long at(double p) {
    if (sorted.isEmpty()) {
      return -1;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  int count() {
    return sorted.size();
  }
}
