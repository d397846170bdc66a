package io.newsintel.enrich.tagging;

import io.newsintel.enrich.catalog.Alias;
import io.newsintel.enrich.catalog.Software;
import io.newsintel.enrich.catalog.SoftwareCatalog;
import io.newsintel.enrich.matching.FieldText;
import io.newsintel.enrich.matching.PhraseMatch;
import io.newsintel.enrich.matching.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;

/** Finds ATT&amp;CK malware and tools in a field, with the rules used for actors. */
final class SoftwareMatcher {

  record Mention(
      Software software,
      String field,
      int start,
      int end,
      String text,
      int firstToken,
      int endToken,
      double confidence) {}

  private record Entry(Software software, Alias alias) {}

  private final PhraseMatcher<Entry> names;

  SoftwareMatcher(SoftwareCatalog catalog) {
    PhraseMatcher.Builder<Entry> builder = PhraseMatcher.builder();
    for (Software software : catalog.software()) {
      for (Alias alias : software.aliases()) {
        if (!alias.shared()) {
          builder.add(alias.text(), new Entry(software, alias));
        }
      }
    }
    this.names = builder.build();
  }

  List<Mention> find(FieldText field, boolean[] cyberSentences, boolean cyberStory) {
    List<Mention> mentions = new ArrayList<>();
    for (PhraseMatch<Entry> match : names.find(field.text())) {
      Entry entry = match.value();
      String text = match.text(field.text());
      int sentence = field.sentenceOf(match.firstToken());
      if (match.values().size() == 1
          && MentionRules.caseFits(entry.alias().text(), text)
          && MentionRules.contextFits(
              entry.alias().context(), sentence, cyberSentences, cyberStory)) {
        mentions.add(
            new Mention(
                entry.software(),
                field.name(),
                match.start(),
                match.end(),
                text,
                match.firstToken(),
                match.endToken(),
                MentionRules.confidence(entry.alias().context())));
      }
    }
    return mentions;
  }
}
