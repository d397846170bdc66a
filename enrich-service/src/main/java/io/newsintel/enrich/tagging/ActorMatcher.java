package io.newsintel.enrich.tagging;

import io.newsintel.enrich.catalog.Actor;
import io.newsintel.enrich.catalog.ActorCatalog;
import io.newsintel.enrich.catalog.Alias;
import io.newsintel.enrich.matching.FieldText;
import io.newsintel.enrich.matching.PhraseMatch;
import io.newsintel.enrich.matching.PhraseMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the catalog's actors in a field: every alias at once (token trie), then the rules that keep
 * an analyst's trust: proper-noun case, names shared by several actors, and cyber context for names
 * that are also ordinary words.
 */
final class ActorMatcher {

  private record Entry(Actor actor, Alias alias) {}

  // Matched like an alias, so leftmost-longest lets it swallow the alias inside it.
  private static final Entry BLOCK = new Entry(null, null);

  private final PhraseMatcher<Entry> aliases;

  ActorMatcher(ActorCatalog catalog) {
    PhraseMatcher.Builder<Entry> builder = PhraseMatcher.builder();
    for (Actor actor : catalog.actors()) {
      for (Alias alias : actor.aliases()) {
        builder.add(alias.text(), new Entry(actor, alias));
      }
    }
    for (String phrase : catalog.blockingPhrases()) {
      builder.add(phrase, BLOCK);
    }
    this.aliases = builder.build();
  }

  /**
   * @param cyberSentences which sentences of the field have a cyber word
   * @param cyberStory whether any field of the story has one
   */
  List<ActorMention> find(FieldText field, boolean[] cyberSentences, boolean cyberStory) {
    List<ActorMention> mentions = new ArrayList<>();
    for (PhraseMatch<Entry> match : aliases.find(field.text())) {
      Entry entry = pick(match.values());
      if (entry == null) {
        continue;
      }
      String text = match.text(field.text());
      if (!MentionRules.caseFits(entry.alias().text(), text)) {
        continue;
      }
      int sentence = field.sentenceOf(match.firstToken());
      if (!MentionRules.contextFits(
          entry.alias().context(), sentence, cyberSentences, cyberStory)) {
        continue;
      }
      mentions.add(
          new ActorMention(
              entry.actor(),
              field.name(),
              match.start(),
              match.end(),
              text,
              sentence,
              match.firstToken(),
              match.endToken(),
              MentionRules.confidence(entry.alias().context())));
    }
    return mentions;
  }

  /** The one actor a matched name stands for, or null when it could be several. */
  private static Entry pick(List<Entry> entries) {
    Entry first = entries.get(0);
    if (entries.contains(BLOCK)) {
      return null;
    }
    for (Entry entry : entries) {
      if (entry.alias().shared() || !entry.actor().name().equals(first.actor().name())) {
        return null;
      }
    }
    // Of the same actor's spellings that normalise alike, the most demanding rule applies.
    Entry strictest = first;
    for (Entry entry : entries) {
      if (entry.alias().context().compareTo(strictest.alias().context()) > 0) {
        strictest = entry;
      }
    }
    return strictest;
  }
}
