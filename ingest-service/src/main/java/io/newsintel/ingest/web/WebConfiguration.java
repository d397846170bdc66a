package io.newsintel.ingest.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

  private final ApiKeyProperties apiKey;

  WebConfiguration(ApiKeyProperties apiKey) {
    this.apiKey = apiKey;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new ApiKeyInterceptor(apiKey)).addPathPatterns("/api/**");
  }
}
