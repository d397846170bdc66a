package io.newsintel.enrich.tagging;

import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.StoryIngested;
import io.newsintel.contract.StoryTags;
import io.newsintel.enrich.attribution.CyberLexicon;
import io.newsintel.enrich.catalog.Actor;
import io.newsintel.enrich.catalog.ActorCatalog;
import io.newsintel.enrich.matching.FieldText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a {@code news.raw} story into a {@code news.enriched} one: actors with their ATT&amp;CK ids
 * and sponsor states, each tag with the text that produced it. Stateless and thread-safe.
 */
public final class StoryTagger {

  /** Evidence kind that marks a sponsor state taken from the catalog, not read in the story. */
  public static final String CATALOG_SPONSOR = "catalogSponsor";

  private final ActorCatalog catalog;
  private final ActorMatcher actors;

  public StoryTagger(ActorCatalog catalog) {
    this.catalog = catalog;
    this.actors = new ActorMatcher(catalog);
  }

  public ActorCatalog catalog() {
    return catalog;
  }

  public StoryEnriched enrich(StoryIngested story) {
    List<FieldText> fields = new ArrayList<>(3);
    addField(fields, "title", story.title());
    addField(fields, "summary", story.summary());
    addField(fields, "content", story.content());

    List<boolean[]> cyberSentences = new ArrayList<>(fields.size());
    boolean cyberStory = false;
    for (FieldText field : fields) {
      boolean[] cyber = CyberLexicon.sentencesWithCyberWords(field);
      cyberSentences.add(cyber);
      for (boolean c : cyber) {
        cyberStory |= c;
      }
    }

    List<ActorMention> mentions = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      mentions.addAll(actors.find(fields.get(i), cyberSentences.get(i), cyberStory));
    }

    EvidenceList evidence = new EvidenceList();
    Map<String, Actor> found = new LinkedHashMap<>();
    Set<String> attackIds = new LinkedHashSet<>();
    Set<String> sponsors = new LinkedHashSet<>();
    for (ActorMention mention : mentions) {
      Actor actor = mention.actor();
      boolean first = found.putIfAbsent(actor.name(), actor) == null;
      evidence.add(
          "actor", actor.name(), mention.field(), mention.start(), mention.end(), mention.text());
      if (first && actor.attackId() != null) {
        attackIds.add(actor.attackId());
        evidence.add(
            "attackId",
            actor.attackId(),
            mention.field(),
            mention.start(),
            mention.end(),
            mention.text());
      }
      if (first && actor.sponsorState() != null) {
        sponsors.add(actor.sponsorState());
        evidence.add(
            "sponsorState",
            actor.sponsorState(),
            mention.field(),
            mention.start(),
            mention.end(),
            mention.text());
        evidence.add(
            CATALOG_SPONSOR,
            actor.sponsorState(),
            mention.field(),
            mention.start(),
            mention.end(),
            mention.text());
      }
    }

    StoryTags tags =
        new StoryTags(
            List.copyOf(found.keySet()),
            List.copyOf(attackIds),
            List.copyOf(sponsors),
            List.of(),
            List.of(),
            false,
            false,
            List.of(),
            List.of());
    return StoryEnriched.of(story, tags, evidence.toList());
  }

  private static void addField(List<FieldText> fields, String name, String text) {
    if (text != null && !text.isBlank()) {
      fields.add(new FieldText(name, text));
    }
  }
}
