package io.newsintel.search.stories;

import io.newsintel.contract.StoryEnriched;
import io.newsintel.search.web.InvalidRequestException;
import io.newsintel.search.web.NotFoundException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Full-text search over the indexed stories, as DESIGN.md specifies it. */
@RestController
@RequestMapping("/api/stories")
class StoryController {

  static final int MAX_ID_LENGTH = 512;
  static final int MAX_RELATED = 50;

  private final StorySearcher searcher;
  private final SearchApiProperties limits;

  StoryController(StorySearcher searcher, SearchApiProperties limits) {
    this.searcher = searcher;
    this.limits = limits;
  }

  @GetMapping
  StoryPage search(@ParameterObject StorySearchParameters parameters) throws IOException {
    return searcher.search(parameters.toRequest(limits));
  }

  @GetMapping("/{id}")
  StoryEnriched story(@PathVariable String id) throws IOException {
    checkId(id);
    return searcher.find(id).orElseThrow(() -> new NotFoundException("no story with id " + id));
  }

  @GetMapping("/{id}/related")
  Map<String, List<StoryHit>> related(
      @PathVariable String id, @RequestParam(defaultValue = "5") String size) throws IOException {
    checkId(id);
    int count;
    try {
      count = Integer.parseInt(size.trim());
    } catch (NumberFormatException e) {
      count = -1;
    }
    if (count < 1 || count > MAX_RELATED) {
      throw new InvalidRequestException(
          "size must be a whole number from 1 to " + MAX_RELATED + ", not '" + size + "'");
    }
    return Map.of("items", searcher.related(id, count));
  }

  private static void checkId(String id) {
    if (id.isBlank() || id.length() > MAX_ID_LENGTH) {
      throw new InvalidRequestException("id must be 1 to " + MAX_ID_LENGTH + " characters");
    }
  }
}
