package io.newsintel.search.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@EnableConfigurationProperties(ApiKeyProperties.class)
@Import(ApiKeyFilterWebTest.WriteController.class)
@WebMvcTest(controllers = ApiKeyFilterWebTest.WriteController.class)
@TestPropertySource(properties = "news.api-key=s3cret-key")
class ApiKeyFilterWebTest {

  @Autowired MockMvcTester mvc;

  @Test
  void letsAWriteWithTheRightKeyThrough() {
    MvcTestResult result =
        mvc.post().uri("/api/things").header("X-API-Key", "s3cret-key").exchange();

    assertThat(result).hasStatusOk();
  }

  @Test
  void refusesAWriteWithoutKeyWith401Problem() {
    MvcTestResult result = mvc.post().uri("/api/things").exchange();

    assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
    assertThat(result).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("X-API-Key");
  }

  @Test
  void refusesAWriteWithAWrongKeyWithoutEchoingIt() throws Exception {
    MvcTestResult result = mvc.post().uri("/api/things").header("X-API-Key", "guess").exchange();

    assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED);
    assertThat(result.getResponse().getContentAsString()).doesNotContain("guess", "s3cret-key");
  }

  @Test
  void letsReadsThroughWithoutKey() {
    assertThat(mvc.get().uri("/api/nothing").exchange()).hasStatus(HttpStatus.NOT_FOUND);
  }

  @RestController
  static class WriteController {
    @PostMapping("/api/things")
    String write() {
      return "ok";
    }
  }
}
