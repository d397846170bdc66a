package io.newsintel.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.search.web.ApiKeyProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RestController;

@WebMvcTest(controllers = UiPagesWebTest.NoController.class)
@EnableConfigurationProperties(ApiKeyProperties.class)
class UiPagesWebTest {

  @Autowired MockMvcTester mvc;

  /** Only the pages, their configuration and the filters: no API controller. */
  @RestController
  static class NoController {}

  @Test
  void servesEveryPageUnderItsShortAddress() {
    assertThat(mvc.get().uri("/dashboard").exchange()).hasForwardedUrl("/dashboard.html");
    assertThat(mvc.get().uri("/alerts").exchange()).hasForwardedUrl("/alerts.html");
    assertThat(mvc.get().uri("/feeds").exchange()).hasForwardedUrl("/feeds.html");
    assertThat(mvc.get().uri("/story").param("id", "x").exchange()).hasForwardedUrl("/story.html");
  }

  @Test
  void pagesAllowScriptsFromThisOriginOnly() {
    MvcTestResult page = mvc.get().uri("/index.html").exchange();

    assertThat(page).hasStatusOk();
    String policy = page.getResponse().getHeader("Content-Security-Policy");
    assertThat(policy)
        .contains("script-src 'self';", "object-src 'none'", "frame-ancestors 'none'");
    assertThat(policy.split("script-src")[1].split(";")[0]).doesNotContain("unsafe");
    assertThat(page.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void theChartLibraryIsServedFromTheJar() {
    assertThat(mvc.get().uri("/webjars/echarts/dist/echarts.min.js").exchange()).hasStatusOk();
  }

  @Test
  void noPageRunsInlineScriptOrEventHandlers() throws Exception {
    for (String page :
        new String[] {"index.html", "story.html", "dashboard.html", "alerts.html", "feeds.html"}) {
      String html = mvc.get().uri("/" + page).exchange().getResponse().getContentAsString();
      assertThat(html).as(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)");
      assertThat(html).as(page).doesNotContainPattern("\\son[a-z]+=");
    }
  }
}
