package io.newsintel.benchmarks;

import io.newsintel.benchmarks.indexing.DirectBulkLoad;
import io.newsintel.benchmarks.matching.MatchingFigure;
import io.newsintel.benchmarks.tagging.TaggingFigure;
import java.nio.file.Path;

/**
 * The in-process figures of {@code ./run.sh bench}, each in a JVM of its own, printing one JSON
 * object as its last line:
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.newsintel.benchmarks.Figures tagging STORIES
 * java -cp benchmarks/target/benchmarks.jar io.newsintel.benchmarks.Figures matching SUBSCRIPTIONS STORIES [GALAXY]
 * java -cp benchmarks/target/benchmarks.jar io.newsintel.benchmarks.Figures direct-bulk ES_URL KAFKA INDEX
 * </pre>
 */
public final class Figures {

  private Figures() {}

  public static void main(String[] args) throws Exception {
    String json =
        switch (args.length == 0 ? "" : args[0]) {
          case "tagging" -> TaggingFigure.measure(Integer.parseInt(args[1]));
          case "matching" ->
              MatchingFigure.measure(
                  Integer.parseInt(args[1]),
                  Integer.parseInt(args[2]),
                  args.length > 3 ? Path.of(args[3]) : MatchingFigure.defaultGalaxy());
          case "direct-bulk" -> DirectBulkLoad.measure(args[1], args[2], args[3]);
          default -> {
            System.err.println(
                "usage: Figures tagging STORIES | matching SUBSCRIPTIONS STORIES [GALAXY]"
                    + " | direct-bulk ES_URL KAFKA INDEX");
            System.exit(2);
            yield "";
          }
        };
    System.out.println(json);
    // Client threads (Kafka, Elasticsearch) must not keep the JVM alive.
    System.exit(0);
  }
}
