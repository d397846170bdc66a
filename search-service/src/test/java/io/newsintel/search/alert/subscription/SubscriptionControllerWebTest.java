package io.newsintel.search.alert.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import io.newsintel.search.alert.AlertStorageException;
import io.newsintel.search.web.ApiKeyProperties;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@EnableConfigurationProperties(ApiKeyProperties.class)
@WebMvcTest(controllers = SubscriptionController.class)
@Import(SubscriptionControllerWebTest.Validation.class)
@TestPropertySource(properties = "news.api-key=k3y")
class SubscriptionControllerWebTest {

  private static final String HOOK = "https://93.184.216.34/hooks/news";

  @Autowired MockMvcTester mvc;
  @MockitoBean SubscriptionRegistry registry;
  @MockitoBean DeliveryStatusStore statuses;

  @TestConfiguration
  static class Validation {
    @Bean
    SubscriptionValidator subscriptionValidator() {
      return new SubscriptionValidator(new WebhookAddressGuard(false), 60, Clock.systemUTC());
    }
  }

  @Test
  void createAnswers201WithIdLocationAndTheGeneratedSecretOnce() {
    given(registry.create(any())).willAnswer(call -> call.getArgument(0));

    MvcTestResult result =
        post(
            """
            {"name": "APT28 in Europe", "query": "APT28 | \\"Fancy Bear\\"",
             "filters": {"target": ["Germany"]}, "webhookUrl": "%s"}
            """
                .formatted(HOOK));

    assertThat(result).hasStatus(HttpStatus.CREATED);
    ArgumentCaptor<Subscription> stored = ArgumentCaptor.forClass(Subscription.class);
    then(registry).should().create(stored.capture());
    String id = stored.getValue().id();
    assertThat(result).headers().hasValue("Location", "/api/subscriptions/" + id);
    assertThat(result).bodyJson().extractingPath("$.id").isEqualTo(id);
    assertThat(result).bodyJson().extractingPath("$.secret").isEqualTo(stored.getValue().secret());
    assertThat(result).bodyJson().extractingPath("$.filters.target[0]").isEqualTo("Germany");
    assertThat(result)
        .bodyJson()
        .extractingPath("$.webhookUrl")
        .isEqualTo("https://93.184.216.34/…");
  }

  @Test
  void givenSecretIsNeverEchoed() {
    given(registry.create(any())).willAnswer(call -> call.getArgument(0));

    MvcTestResult result =
        post(
            """
            {"name": "n", "query": "APT28", "webhookUrl": "%s", "secret": "my-own-secret-0123456"}
            """
                .formatted(HOOK));

    assertThat(result).hasStatus(HttpStatus.CREATED);
    assertThat(result).bodyText().doesNotContain("my-own-secret-0123456");
  }

  @Test
  void refusesUnknownFilterWith400Problem() {
    MvcTestResult result =
        post("{\"name\": \"n\", \"query\": \"APT28\", \"filters\": {\"country\": \"Germany\"}}");

    assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("country");
    then(registry).should(never()).create(any());
  }

  @Test
  void refusesMisspelledFieldInsteadOfIgnoringIt() {
    MvcTestResult result =
        post("{\"name\": \"n\", \"query\": \"APT28\", \"webhookURL\": \"" + HOOK + "\"}");

    assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("webhookURL");
  }

  @Test
  void refusesBodyThatIsNotJsonWith400ProblemAndNoStackTrace() {
    MvcTestResult result = post("{\"name\": ");

    assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
    assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(result).bodyText().doesNotContain("Exception", "at io.");
  }

  @Test
  void refusesCreateWithoutApiKey() {
    MvcTestResult result =
        mvc.post()
            .uri("/api/subscriptions")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"name\": \"n\", \"query\": \"APT28\"}")
            .exchange();

    assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
    then(registry).should(never()).create(any());
  }

  @Test
  void answers503ProblemWhenKafkaCannotStoreTheSubscription() {
    given(registry.create(any())).willThrow(new AlertStorageException("broker down"));

    MvcTestResult result = post("{\"name\": \"n\", \"query\": \"APT28\"}");

    assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void answers409ProblemAtTheSubscriptionLimit() {
    given(registry.create(any())).willThrow(new SubscriptionLimitException("limit of 1"));

    MvcTestResult result = post("{\"name\": \"n\", \"query\": \"APT28\"}");

    assertThat(result).hasStatus(HttpStatus.CONFLICT);
    assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("limit of 1");
  }

  @Test
  void showsSubscriptionWithDeliveryStatusButNotItsSecret() {
    Subscription s = subscription();
    given(registry.find("s1")).willReturn(Optional.of(s));
    given(statuses.status("s1"))
        .willReturn(
            DeliveryStatus.NONE
                .alertRaised("a1", Instant.parse("2026-05-03T10:00:00Z"))
                .failed(Instant.parse("2026-05-03T10:00:01Z"), "webhook answered HTTP 500"));

    MvcTestResult result = mvc.get().uri("/api/subscriptions/s1").exchange();

    assertThat(result).hasStatusOk();
    assertThat(result).bodyJson().extractingPath("$.status.lastAlertId").isEqualTo("a1");
    assertThat(result).bodyJson().extractingPath("$.status.consecutiveFailures").isEqualTo(1);
    assertThat(result)
        .bodyJson()
        .extractingPath("$.status.lastError")
        .isEqualTo("webhook answered HTTP 500");
    assertThat(result).bodyText().doesNotContain("the-secret-0123456789");
  }

  @Test
  void listsSubscriptions() {
    given(registry.all()).willReturn(List.of(subscription()));
    given(statuses.status("s1")).willReturn(DeliveryStatus.NONE);

    MvcTestResult result = mvc.get().uri("/api/subscriptions").exchange();

    assertThat(result).hasStatusOk();
    assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(1);
    assertThat(result).bodyJson().extractingPath("$.items[0].id").isEqualTo("s1");
  }

  @Test
  void unknownSubscriptionIs404Problem() {
    given(registry.find("nope")).willReturn(Optional.empty());

    MvcTestResult result = mvc.get().uri("/api/subscriptions/nope").exchange();

    assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void deleteAnswers204AndUnknownIs404() {
    given(registry.delete("s1")).willReturn(true);
    given(registry.delete("nope")).willReturn(false);

    assertThat(mvc.delete().uri("/api/subscriptions/s1").header("X-API-Key", "k3y").exchange())
        .hasStatus(HttpStatus.NO_CONTENT);
    assertThat(mvc.delete().uri("/api/subscriptions/nope").header("X-API-Key", "k3y").exchange())
        .hasStatus(HttpStatus.NOT_FOUND);
    then(statuses).should().remove("s1");
  }

  private MvcTestResult post(String json) {
    return mvc.post()
        .uri("/api/subscriptions")
        .header("X-API-Key", "k3y")
        .contentType(MediaType.APPLICATION_JSON)
        .content(json)
        .exchange();
  }

  private static Subscription subscription() {
    return new Subscription(
        "s1",
        "APT28",
        "APT28",
        Map.of(),
        "https://hooks.example.org/services/T000/B000/XXXX",
        "the-secret-0123456789",
        false,
        PayloadFormat.JSON,
        DigestMode.NONE,
        60,
        Instant.parse("2026-05-03T09:00:00Z"),
        Subscription.SCHEMA_VERSION);
  }
}
