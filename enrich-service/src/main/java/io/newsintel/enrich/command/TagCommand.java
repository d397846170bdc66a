package io.newsintel.enrich.command;

import io.newsintel.contract.StoryIngested;
import io.newsintel.contract.serde.EventJson;
import io.newsintel.contract.serde.InvalidEventException;
import io.newsintel.enrich.catalog.ActorCatalog;
import io.newsintel.enrich.tagging.StoryTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code tag} command: {@code news.raw} events in, one per line, {@code news.enriched} events
 * out, one per line. Runs without Spring, Kafka or a web server, so it starts in a blink and can be
 * piped.
 */
public final class TagCommand {

  public static final String NAME = "tag";

  private final StoryTagger tagger;

  public TagCommand(StoryTagger tagger) {
    this.tagger = tagger;
  }

  public static int main(InputStream in, PrintStream out, PrintStream err) {
    return new TagCommand(new StoryTagger(ActorCatalog.load())).run(in, out, err);
  }

  /**
   * @return the exit status: 0, even when some lines were not valid events (each is reported on
   *     {@code err} with its line number), 1 when the input cannot be read
   */
  public int run(InputStream in, PrintStream out, PrintStream err) {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNumber = 0;
    try {
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        try {
          StoryIngested story = EventJson.read(line, StoryIngested.class);
          if (story == null || story.id() == null) {
            throw new InvalidEventException("not a valid StoryIngested event: no id");
          }
          out.println(EventJson.write(tagger.enrich(story)));
        } catch (InvalidEventException e) {
          err.println("line " + lineNumber + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      err.println("cannot read the input after line " + lineNumber + ": " + e.getMessage());
      return 1;
    } finally {
      out.flush();
    }
    return 0;
  }
}
