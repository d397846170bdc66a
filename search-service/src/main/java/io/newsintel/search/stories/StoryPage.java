package io.newsintel.search.stories;

import java.util.List;

/**
 * One page of search results.
 *
 * @param total how many stories match in all
 * @param facets counts per tag value over all matching stories
 * @param nextCursor pass as {@code cursor} for the next page; null on the last page
 */
public record StoryPage(long total, List<StoryHit> items, Facets facets, String nextCursor) {

  public record Facets(
      List<FacetCount> actors,
      List<FacetCount> sponsorStates,
      List<FacetCount> targets,
      List<FacetCount> sources) {}

  public record FacetCount(String value, long count) {}
}
