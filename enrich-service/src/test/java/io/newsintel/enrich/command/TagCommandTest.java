package io.newsintel.enrich.command;

import static io.newsintel.enrich.support.Stories.story;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.serde.EventJson;
import io.newsintel.enrich.catalog.ActorCatalog;
import io.newsintel.enrich.tagging.StoryTagger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagCommandTest {

  private final TagCommand command = new TagCommand(new StoryTagger(ActorCatalog.load()));
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void printsOneEnrichedEventPerRawEvent() {
    String input =
        EventJson.write(story("Fancy Bear hackers strike", "APT28 breached the servers."))
            + "\n"
            + EventJson.write(story("Weather", "Sunny."))
            + "\n";

    int status = run(input);

    List<String> lines = lines(out);
    assertThat(status).isZero();
    assertThat(lines).hasSize(2);
    StoryEnriched first = EventJson.read(lines.get(0), StoryEnriched.class);
    assertThat(first.tags().actors()).containsExactly("APT28");
    assertThat(first.title()).isEqualTo("Fancy Bear hackers strike");
    assertThat(EventJson.read(lines.get(1), StoryEnriched.class).tags().actors()).isEmpty();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void reportsAnInvalidLineByItsNumberAndGoesOn() {
    String input =
        "not json\n"
            + "{\"title\": \"no id\"}\n"
            + EventJson.write(story("Sofacy returns", "Hackers again."))
            + "\n";

    int status = run(input);

    assertThat(status).isZero();
    assertThat(lines(out)).hasSize(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 1:").contains("line 2:");
  }

  @Test
  void keepsCyrillicTextIntact() {
    String input =
        EventJson.write(story("Хакери APT28 атакували", "Кібератака на сервери.")) + "\n";

    run(input);

    StoryEnriched enriched = EventJson.read(lines(out).get(0), StoryEnriched.class);
    assertThat(enriched.title()).isEqualTo("Хакери APT28 атакували");
    assertThat(enriched.tags().actors()).containsExactly("APT28");
  }

  private int run(String input) {
    return command.run(
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static List<String> lines(ByteArrayOutputStream stream) {
    String text = stream.toString(StandardCharsets.UTF_8);
    return text.isEmpty() ? List.of() : List.of(text.split("\n"));
  }
}
