package io.newsintel.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ApiKeyInterceptorTest {

  @Test
  void refusesEveryWriteWhenNoKeyIsConfiguredAndSaysHowToSetOne() {
    ApiKeyInterceptor interceptor = new ApiKeyInterceptor(new ApiKeyProperties(""));
    MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/feeds/refresh");
    request.addHeader("X-API-Key", "");

    assertThatThrownBy(() -> interceptor.preHandle(request, new MockHttpServletResponse(), null))
        .isInstanceOf(ApiKeyRejectedException.class)
        .hasMessageContaining("set NEWS_API_KEY");
  }

  @Test
  void letsReadsThroughAndWritesWithTheKey() {
    ApiKeyInterceptor interceptor = new ApiKeyInterceptor(new ApiKeyProperties("k3y"));
    MockHttpServletRequest write = new MockHttpServletRequest("DELETE", "/api/feeds/x");
    write.addHeader("X-API-Key", "k3y");

    assertThat(
            interceptor.preHandle(
                new MockHttpServletRequest("GET", "/api/feeds"),
                new MockHttpServletResponse(),
                null))
        .isTrue();
    assertThat(interceptor.preHandle(write, new MockHttpServletResponse(), null)).isTrue();
  }

  @Test
  void neverShowsTheKeyInItsSettings() {
    assertThat(new ApiKeyProperties("s3cret").toString()).doesNotContain("s3cret");
  }
}
