package io.newsintel.search.alert.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.Query;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubscriptionQueryTest {

  /** Title, summary, content; the second puts "Fancy" and "Bear" in different fields. */
  private static final List<String[]> STORIES =
      List.of(
          new String[] {
            "NATO condemns APT28 cyber campaign",
            "Fancy Bear targeted the SPD and Czech institutions.",
            "Germany attributed the intrusions to GRU unit 26165. Moscow denied involvement."
          },
          new String[] {
            "Analysts track APT28 alias Fancy",
            "Bear markets hit Frankfurt stocks",
            "Ransomware hit a hospital in Brno; intrusion detected early."
          },
          new String[] {"City council budget", "Councillors met on Tuesday.", null},
          new String[] {
            "Sandworm wiper hits Ukrainian grid",
            "Power outages followed.",
            "Researchers linked the Industroyer malware to Sandworm Team."
          });

  @ParameterizedTest
  @ValueSource(
      strings = {
        "APT28",
        "APT28 Germany",
        "\"Fancy Bear\"",
        "\"Fancy Bear\"~3",
        "Fancy Bear",
        "APT28 | Sandworm",
        "intrus*",
        "APT28 -Moscow",
        "-APT28",
        "+ransomware +hospital",
        "sandwrm~1",
        "\"GRU unit 26165\" | Industroyer",
        "(Fancy | Cozy) +Bear -markets"
      })
  void matchingFieldMatchesTheSameStoriesAsTheSearchApiFields(String text) {
    Query searchApi = SubscriptionQuery.text(text, SubscriptionQuery.SEARCH_API_FIELDS);
    Query matching = SubscriptionQuery.of(text, Map.of());

    for (String[] story : STORIES) {
      MemoryIndex index = MemoryIndex.fromDocument(document(story), SubscriptionQuery.analyzer());
      assertThat(index.search(matching) > 0)
          .as("'%s' on '%s'", text, story[0])
          .isEqualTo(index.search(searchApi) > 0);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"Fancy Bear\"", "\"Fancy Bear\"~3"})
  void phraseNeverSpansTwoFields(String text) {
    MemoryIndex index =
        MemoryIndex.fromDocument(document(STORIES.get(1)), SubscriptionQuery.analyzer());

    assertThat(index.search(SubscriptionQuery.of(text, Map.of()))).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "+", "-", "|", "\"\""})
  void refusesTextWithoutWordsAndNoFilters(String text) {
    assertThatThrownBy(() -> SubscriptionQuery.of(text, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Document document(String[] story) {
    Document document = new Document();
    String[] fields = {
      SubscriptionQuery.TITLE, SubscriptionQuery.SUMMARY, SubscriptionQuery.CONTENT
    };
    for (int i = 0; i < fields.length; i++) {
      if (story[i] != null) {
        document.add(new TextField(fields[i], story[i], Field.Store.NO));
        document.add(new TextField(SubscriptionQuery.TEXT, story[i], Field.Store.NO));
      }
    }
    return document;
  }
}
