package io.newsintel.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@EnableConfigurationProperties(ApiKeyProperties.class)
@Import(ApiKeyFilterWebTest.WriteController.class)
@WebMvcTest(controllers = ApiKeyFilterWebTest.WriteController.class)
@TestPropertySource(properties = "news.api-key=")
class ApiKeyRequiredWebTest {

  @Autowired MockMvcTester mvc;

  @Test
  void refusesEveryWriteAndSaysToSetTheKeyWhenNoneIsConfigured() {
    MvcTestResult result = mvc.post().uri("/api/things").header("X-API-Key", "").exchange();

    assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
    assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("NEWS_API_KEY");
  }
}
