package io.newsintel.search.alert.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsintel.search.web.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubscriptionValidatorTest {

  private static final String HOOK = "https://93.184.216.34/hooks/news";
  private static final Instant NOW = Instant.parse("2026-05-03T10:00:00Z");

  private final SubscriptionValidator validator =
      new SubscriptionValidator(
          new WebhookAddressGuard(false), 60, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void acceptsTheFieldsOfTheContractAndKeepsTheGivenSecret() {
    SubscriptionValidator.Accepted accepted =
        validator.validate(
            SubscriptionRequest.of(
                " APT28 in Europe ",
                "APT28 | \"Fancy Bear\"",
                Map.of("target", List.of("Germany", "Czech Republic"), "actor", "APT28"),
                HOOK,
                "0123456789abcdef"));

    Subscription s = accepted.subscription();
    assertThat(s.id()).isNotBlank();
    assertThat(s.name()).isEqualTo("APT28 in Europe");
    assertThat(s.query()).isEqualTo("APT28 | \"Fancy Bear\"");
    assertThat(s.filters())
        .containsEntry("target", List.of("Germany", "Czech Republic"))
        .containsEntry("actor", List.of("APT28"));
    assertThat(s.secret()).isEqualTo("0123456789abcdef");
    assertThat(accepted.generatedSecret()).isNull();
    assertThat(s.updates()).isFalse();
    assertThat(s.format()).isEqualTo(PayloadFormat.JSON);
    assertThat(s.digest()).isEqualTo(DigestMode.NONE);
    assertThat(s.rateLimit()).isEqualTo(60);
    assertThat(s.createdAt()).isEqualTo(NOW);
  }

  @Test
  void generatesALongSecretWhenNoneIsGiven() {
    SubscriptionValidator.Accepted accepted =
        validator.validate(SubscriptionRequest.of("APT28", "APT28", null, HOOK, null));

    assertThat(accepted.generatedSecret()).hasSizeGreaterThanOrEqualTo(32);
    assertThat(accepted.subscription().secret()).isEqualTo(accepted.generatedSecret());
  }

  @Test
  void refusesShortSecret() {
    assertRefused(SubscriptionRequest.of("n", "APT28", null, HOOK, "short"), "16 to 256");
  }

  @Test
  void refusesMissingName() {
    assertRefused(SubscriptionRequest.of(" ", "APT28", null, HOOK, null), "name is required");
  }

  @Test
  void refusesQueryWithoutWordsAndNoFilters() {
    assertRefused(SubscriptionRequest.of("n", "  ", null, HOOK, null), "query, at least one");
    assertRefused(SubscriptionRequest.of("n", "+ - |", null, HOOK, null), "no word");
  }

  @Test
  void refusesQueryLongerThanTheSearchApiAccepts() {
    assertRefused(SubscriptionRequest.of("n", "APT28 ".repeat(100), null, HOOK, null), "too long");
  }

  @Test
  void refusesUnknownFilterNamingTheKnownOnes() {
    assertRefused(
        SubscriptionRequest.of("n", "APT28", Map.of("country", "Germany"), HOOK, null),
        "unknown filter 'country'; known filters: actor, sponsorState, target, source, language");
  }

  @Test
  void refusesFilterValueThatIsNotText() {
    assertRefused(
        SubscriptionRequest.of("n", "APT28", Map.of("actor", 28), HOOK, null),
        "a string or a list of strings");
  }

  @Test
  void acceptsFiltersWithoutQuery() {
    Subscription s =
        validator
            .validate(SubscriptionRequest.of("n", null, Map.of("actor", "APT28"), HOOK, null))
            .subscription();

    assertThat(s.query()).isNull();
    assertThat(s.filters()).containsEntry("actor", List.of("APT28"));
  }

  @Test
  void refusesWebhookThatIsNotHttpOrPointsAtLoopback() {
    assertRefused(
        SubscriptionRequest.of("n", "APT28", null, "ftp://93.184.216.34/x", null), "http or https");
    assertRefused(
        SubscriptionRequest.of("n", "APT28", null, "http://127.0.0.1:8080/x", null),
        "non-public address 127.0.0.1");
    assertRefused(SubscriptionRequest.of("n", "APT28", null, "/relative", null), "absolute");
    assertRefused(SubscriptionRequest.of("n", "APT28", null, "http://exa mple", null), "valid URL");
  }

  @Test
  void refusesUnknownFieldsSoTyposAreNotSilentlyIgnored() {
    Map<String, Object> unknown = new LinkedHashMap<>();
    unknown.put("webhookURL", HOOK);
    assertRefused(
        new SubscriptionRequest("n", "APT28", null, null, null, null, null, null, null, unknown),
        "unknown field(s) [webhookURL]");
  }

  @Test
  void acceptsTheOptionalSettings() {
    Subscription s =
        validator
            .validate(
                new SubscriptionRequest(
                    "n", "APT28", null, HOOK, null, true, "slack", "daily", 5, null))
            .subscription();

    assertThat(s.updates()).isTrue();
    assertThat(s.format()).isEqualTo(PayloadFormat.SLACK);
    assertThat(s.digest()).isEqualTo(DigestMode.DAILY);
    assertThat(s.rateLimit()).isEqualTo(5);
  }

  @Test
  void refusesUnknownFormatDigestOrNegativeRateLimit() {
    assertRefused(
        new SubscriptionRequest("n", "APT28", null, HOOK, null, null, "xml", null, null, null),
        "format must be 'json' or 'slack'");
    assertRefused(
        new SubscriptionRequest("n", "APT28", null, HOOK, null, null, null, "weekly", null, null),
        "digest must be 'none', 'hourly' or 'daily'");
    assertRefused(
        new SubscriptionRequest("n", "APT28", null, HOOK, null, null, null, null, -1, null),
        "rateLimit must be");
  }

  @Test
  void acceptsSubscriptionWithoutWebhookForTheStream() {
    Subscription s =
        validator.validate(SubscriptionRequest.of("n", "APT28", null, null, null)).subscription();

    assertThat(s.hasWebhook()).isFalse();
    assertThat(s.secret()).isNull();
  }

  private void assertRefused(SubscriptionRequest request, String message) {
    assertThatThrownBy(() -> validator.validate(request))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining(message);
  }
}
