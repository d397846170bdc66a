package io.newsintel.search.pipeline;

/** Events per second over the last rate window. */
public record Rates(double ingestPerSec, double taggingPerSec, double indexingPerSec) {

  static final Rates NONE = new Rates(0, 0, 0);
}
