package io.newsintel.search.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title of the OpenAPI document at {@code /v3/api-docs} (Swagger UI at /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

  @Bean
  OpenAPI searchApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("news-intel search API")
                .description(
                    "Full-text search over cyber-attribution news, statistics for dashboards."
                        + " Errors are RFC 7807 problem details.")
                .version("v1"));
  }
}
