package io.newsintel.ingest;

import io.newsintel.ingest.cli.ParseCommand;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestApplication {

  public static void main(String[] args) {
    if (args.length > 0 && ParseCommand.NAME.equals(args[0])) {
      System.exit(parse(Arrays.asList(args).subList(1, args.length)));
    }
    SpringApplication.run(IngestApplication.class, args);
  }

  /** Dispatched before Spring starts, so the command needs no broker and starts in a blink. */
  private static int parse(java.util.List<String> arguments) {
    // Library logging (Rome, the HTTP client) must not mix into the JSON lines on stdout.
    System.setProperty("logback.configurationFile", "parse-logback.xml");
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    return ParseCommand.fromEnvironment(out, err).run(arguments);
  }
}
