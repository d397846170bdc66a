package io.newsintel.search.alert.matching;

import io.newsintel.contract.StoryEnriched;
import io.newsintel.search.alert.subscription.SubscriptionFilter;
import io.newsintel.search.alert.subscription.SubscriptionQuery;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;

/**
 * A story as the monitor sees it: the text fields analysed like the index mapping's, the filter
 * fields as exact lower-case terms.
 */
final class StoryDocument {

  private StoryDocument() {}

  static Document of(StoryEnriched story) {
    Document document = new Document();
    text(document, SubscriptionQuery.TITLE, story.title());
    text(document, SubscriptionQuery.SUMMARY, story.summary());
    text(document, SubscriptionQuery.CONTENT, story.content());
    for (SubscriptionFilter filter : SubscriptionFilter.values()) {
      for (String value : filter.valuesOf(story)) {
        document.add(new StringField(filter.field(), value, Field.Store.NO));
      }
    }
    return document;
  }

  private static void text(Document document, String field, String value) {
    if (value != null && !value.isBlank()) {
      document.add(new TextField(field, value, Field.Store.NO));
    }
  }
}
