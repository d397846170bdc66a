package io.newsintel.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import io.newsintel.testinfra.web.ApiKeyComparisonRules;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API key is compared in exactly one place, in constant time: {@link MessageDigest#isEqual}
 * takes as long whatever prefix of the key a guess gets right, where {@code String.equals} returns
 * at the first differing character.
 */
class ApiKeyComparisonTest {

  private static final String KEY = ApiKeyComparisonRules.KEY;
  private static final JavaClasses PRODUCTION =
      ApiKeyComparisonRules.production("io.newsintel.search");

  private final ApiKeyFilter filter =
      new ApiKeyFilter(new ApiKeyProperties(KEY), JsonMapper.builder().build());

  @Test
  void theKeyIsComparedInConstantTimeOnly() {
    ApiKeyComparisonRules.checkerComparesInConstantTime(PRODUCTION, "ApiKeyFilter");
  }

  /** Whichever class reads the key now or later must not compare it any other way. */
  @Test
  void noClassThatReadsTheKeyComparesItAnyOtherWay() {
    assertThat(
            ApiKeyComparisonRules.noReaderComparesItAnyOtherWay(PRODUCTION, ApiKeyProperties.class))
        .contains("ApiKeyFilter");
  }

  @ParameterizedTest
  @MethodSource("io.newsintel.testinfra.web.ApiKeyComparisonRules#nearMisses")
  void refusesEveryNearMiss(String guess) throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(write(guess), response, chain);

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(chain.getRequest()).isNull();
    assertThat(response.getContentAsString()).doesNotContain(guess.strip(), KEY);
  }

  @Test
  void acceptsTheExactKey() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    filter.doFilter(write(KEY), response, chain);

    assertThat(chain.getRequest()).isNotNull();
    assertThat(response.getStatus()).isEqualTo(200);
  }

  @Test
  void neverShowsTheKeyInItsSettings() {
    assertThat(new ApiKeyProperties(KEY).toString()).doesNotContain(KEY);
  }

  private static MockHttpServletRequest write(String key) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/subscriptions");
    request.addHeader("X-API-Key", key);
    return request;
  }
}
