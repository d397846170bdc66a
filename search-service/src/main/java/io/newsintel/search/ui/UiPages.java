package io.newsintel.search.ui;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Short addresses for the pages (static files under {@code static/}); the search page is the
 * welcome page at {@code /}. The pages are plain HTML and JavaScript that call the JSON API.
 */
@Configuration(proxyBeanMethods = false)
class UiPages implements WebMvcConfigurer {

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addViewController("/story").setViewName("forward:/story.html");
    registry.addViewController("/dashboard").setViewName("forward:/dashboard.html");
    registry.addViewController("/alerts").setViewName("forward:/alerts.html");
    registry.addViewController("/feeds").setViewName("forward:/feeds.html");
  }
}
