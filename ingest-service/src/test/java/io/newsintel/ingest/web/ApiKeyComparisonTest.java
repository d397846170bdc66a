package io.newsintel.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.newsintel.testinfra.web.ApiKeyComparisonRules;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The API key is compared in exactly one place, in constant time: {@link MessageDigest#isEqual}
 * takes as long whatever prefix of the key a guess gets right, where {@code String.equals} returns
 * at the first differing character.
 */
class ApiKeyComparisonTest {

  private static final String KEY = ApiKeyComparisonRules.KEY;
  private static final JavaClasses PRODUCTION =
      ApiKeyComparisonRules.production("io.newsintel.ingest");

  private final ApiKeyInterceptor interceptor = new ApiKeyInterceptor(new ApiKeyProperties(KEY));

  @Test
  void theKeyIsComparedInConstantTimeOnly() {
    ApiKeyComparisonRules.checkerComparesInConstantTime(PRODUCTION, "ApiKeyInterceptor");
  }

  /** Whichever class reads the key now or later must not compare it any other way. */
  @Test
  void noClassThatReadsTheKeyComparesItAnyOtherWay() {
    assertThat(
            ApiKeyComparisonRules.noReaderComparesItAnyOtherWay(PRODUCTION, ApiKeyProperties.class))
        .contains("ApiKeyInterceptor");
  }

  @ParameterizedTest
  @MethodSource("io.newsintel.testinfra.web.ApiKeyComparisonRules#nearMisses")
  void refusesEveryNearMiss(String guess) {
    assertThatThrownBy(
            () -> interceptor.preHandle(write(guess), new MockHttpServletResponse(), null))
        .isInstanceOf(ApiKeyRejectedException.class)
        .hasMessageNotContaining(guess.strip())
        .hasMessageNotContaining(KEY);
  }

  @Test
  void acceptsTheExactKey() {
    assertThatCode(() -> interceptor.preHandle(write(KEY), new MockHttpServletResponse(), null))
        .doesNotThrowAnyException();
  }

  private static MockHttpServletRequest write(String key) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/feeds/refresh");
    request.addHeader("X-API-Key", key);
    return request;
  }
}
