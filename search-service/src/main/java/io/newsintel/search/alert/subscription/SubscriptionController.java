package io.newsintel.search.alert.subscription;

import io.newsintel.search.web.NotFoundException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/subscriptions}: saved queries whose matches are alerted. Writes need {@code
 * X-API-Key} (the service's API key filter); errors are RFC 7807 problems.
 */
@RestController
@RequestMapping("/api/subscriptions")
class SubscriptionController {

  private final SubscriptionRegistry registry;
  private final DeliveryStatusStore statuses;
  private final SubscriptionValidator validator;

  SubscriptionController(
      SubscriptionRegistry registry,
      DeliveryStatusStore statuses,
      SubscriptionValidator validator) {
    this.registry = registry;
    this.statuses = statuses;
    this.validator = validator;
  }

  @PostMapping
  ResponseEntity<SubscriptionView> create(@RequestBody(required = false) SubscriptionRequest body) {
    SubscriptionValidator.Accepted accepted = validator.validate(body);
    Subscription created;
    try {
      created = registry.create(accepted.subscription());
    } catch (SubscriptionLimitException e) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
    }
    return ResponseEntity.created(URI.create("/api/subscriptions/" + created.id()))
        .body(SubscriptionView.of(created, DeliveryStatus.NONE, accepted.generatedSecret()));
  }

  @GetMapping
  Map<String, Object> list() {
    List<SubscriptionView> items =
        registry.all().stream()
            .sorted(Comparator.comparing(Subscription::createdAt).thenComparing(Subscription::id))
            .map(s -> SubscriptionView.of(s, statuses.status(s.id()), null))
            .toList();
    return Map.of("total", items.size(), "items", items);
  }

  @GetMapping("/{id}")
  SubscriptionView get(@PathVariable String id) {
    return registry
        .find(id)
        .map(s -> SubscriptionView.of(s, statuses.status(s.id()), null))
        .orElseThrow(() -> notFound(id));
  }

  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable String id) {
    if (!registry.delete(id)) {
      throw notFound(id);
    }
    statuses.remove(id);
    return ResponseEntity.noContent().build();
  }

  private static NotFoundException notFound(String id) {
    return new NotFoundException("no subscription with id '" + id + "'");
  }
}
