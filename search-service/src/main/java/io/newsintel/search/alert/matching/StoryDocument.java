package io.newsintel.search.alert.matching;

import io.newsintel.contract.StoryEnriched;
import io.newsintel.search.alert.subscription.SubscriptionFilter;
import io.newsintel.search.alert.subscription.SubscriptionQuery;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/**
 * A story as the monitor sees it: title, summary and content as three values of the one matching
 * field (see {@link SubscriptionQuery}), analysed like the index mapping's text fields; the filter
 * fields as exact lower-case terms.
 */
final class StoryDocument {

  private StoryDocument() {}

  static Document of(StoryEnriched story) {
    Document document = new Document();
    text(document, story.title());
    text(document, story.summary());
    text(document, story.content());
    for (SubscriptionFilter filter : SubscriptionFilter.values()) {
      for (String value : filter.valuesOf(story)) {
        document.add(new StringField(filter.field(), value, Field.Store.NO));
      }
    }
    return document;
  }

  private static void text(Document document, String value) {
    if (value != null && !value.isBlank()) {
      document.add(new TextField(SubscriptionQuery.TEXT, value, Field.Store.NO));
    }
  }
}
