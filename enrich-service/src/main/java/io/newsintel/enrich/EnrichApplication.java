package io.newsintel.enrich;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.newsintel.enrich.catalog.CatalogGenerator;
import io.newsintel.enrich.command.TagCommand;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * enrich-service: consumes {@code news.raw}, tags threat actors and attribution claims, produces
 * {@code news.enriched}. With the argument {@code tag} it is instead the command-line tagger, which
 * must not start Spring, Kafka or a web server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnrichApplication {

  /** The command that regenerates the actor catalog from the MISP galaxies. */
  static final String GENERATE_CATALOG = "generate-catalog";

  public static void main(String[] args) throws IOException {
    if (args.length > 0 && TagCommand.NAME.equals(args[0])) {
      // Explicitly UTF-8: Java 17 otherwise writes in the platform charset, which may be ASCII.
      PrintStream out =
          new PrintStream(
              new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
              false,
              StandardCharsets.UTF_8);
      PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, UTF_8);
      System.exit(TagCommand.main(System.in, out, err));
    }
    if (args.length > 0 && GENERATE_CATALOG.equals(args[0])) {
      CatalogGenerator.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    SpringApplication.run(EnrichApplication.class, args);
  }
}
