package io.newsintel.search;

import io.newsintel.search.rebuild.IndexRebuilder;
import io.newsintel.search.rebuild.RebuildReport;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The search service; {@code java -jar search-service.jar rebuild [--keep-previous]} instead
 * rebuilds the stories index from {@code news.enriched} and exits.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class SearchApplication {

  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("rebuild")) {
      System.exit(rebuild(Arrays.copyOfRange(args, 1, args.length)));
    }
    SpringApplication.run(SearchApplication.class, args);
  }

  private static int rebuild(String[] args) {
    List<String> options = Arrays.asList(args);
    boolean keepPrevious = options.contains("--keep-previous");
    String[] springArgs =
        options.stream().filter(a -> !a.equals("--keep-previous")).toArray(String[]::new);
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(SearchApplication.class)
            .web(WebApplicationType.NONE)
            // The command only replays the topic: no listener, and only warnings in the log so
            // the progress lines stand out.
            .properties(
                "spring.kafka.listener.auto-startup=false",
                "logging.level.root=WARN",
                "logging.level.org.apache.kafka=ERROR")
            .run(springArgs)) {
      RebuildReport report =
          context.getBean(IndexRebuilder.class).rebuild(System.out::println, keepPrevious);
      return report.newIndex() == null ? 1 : 0;
    } catch (RuntimeException e) {
      System.err.println("rebuild failed: " + e.getMessage());
      return 1;
    }
  }
}
