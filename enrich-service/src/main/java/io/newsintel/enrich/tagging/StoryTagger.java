package io.newsintel.enrich.tagging;

import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.StoryIngested;
import io.newsintel.contract.StoryTags;
import io.newsintel.enrich.attribution.Attribution;
import io.newsintel.enrich.attribution.AttributionExtractor;
import io.newsintel.enrich.attribution.CyberLexicon;
import io.newsintel.enrich.attribution.Finding;
import io.newsintel.enrich.catalog.Actor;
import io.newsintel.enrich.catalog.ActorCatalog;
import io.newsintel.enrich.catalog.SoftwareCatalog;
import io.newsintel.enrich.matching.FieldText;
import java.util.ArrayList;
import java.util.HashSet;
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
  private static final Attribution NO_ATTRIBUTION =
      new Attribution(List.of(), List.of(), List.of(), false, false, List.of());

  private final ActorMatcher actors;
  private final SoftwareMatcher software;
  private final AttributionExtractor attributions = new AttributionExtractor();

  public StoryTagger(ActorCatalog catalog) {
    this(catalog, SoftwareCatalog.load());
  }

  public StoryTagger(ActorCatalog catalog, SoftwareCatalog software) {
    this.catalog = catalog;
    this.actors = new ActorMatcher(catalog);
    this.software = new SoftwareMatcher(software);
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
    List<Set<Integer>> actorSentences = new ArrayList<>(fields.size());
    for (int i = 0; i < fields.size(); i++) {
      List<ActorMention> found = actors.find(fields.get(i), cyberSentences.get(i), cyberStory);
      mentions.addAll(found);
      Set<Integer> sentences = new HashSet<>();
      found.forEach(m -> sentences.add(m.sentence()));
      actorSentences.add(sentences);
    }
    Attribution attribution =
        cyberStory || !mentions.isEmpty()
            ? attributions.extract(fields, cyberSentences, actorSentences)
            : NO_ATTRIBUTION;

    EvidenceList evidence = new EvidenceList();
    Map<String, Actor> found = new LinkedHashMap<>();
    Set<String> attackIds = new LinkedHashSet<>();
    Set<String> sponsors = new LinkedHashSet<>(attribution.sponsorStates());
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
      if (first && actor.sponsorState() != null && sponsors.add(actor.sponsorState())) {
        // The story names only the actor: the sponsor comes from the catalog, and says so.
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
    for (Finding finding : attribution.findings()) {
      evidence.add(
          finding.kind(),
          finding.value(),
          finding.field(),
          finding.start(),
          finding.end(),
          finding.text());
    }

    Set<String> malware = new LinkedHashSet<>();
    Set<String> cves = new LinkedHashSet<>();
    for (int i = 0; i < fields.size(); i++) {
      FieldText field = fields.get(i);
      for (SoftwareMatcher.Mention m : software.find(field, cyberSentences.get(i), cyberStory)) {
        malware.add(m.software().name());
        evidence.add("malware", m.software().name(), m.field(), m.start(), m.end(), m.text());
      }
      for (CveFinder.Cve cve : CveFinder.find(field.text().text())) {
        cves.add(cve.id());
        evidence.add("cve", cve.id(), field.name(), cve.start(), cve.end(), cve.text());
      }
    }

    StoryTags tags =
        new StoryTags(
            List.copyOf(found.keySet()),
            List.copyOf(attackIds),
            List.copyOf(sponsors),
            attribution.attributedBy(),
            attribution.targets(),
            attribution.denied(),
            attribution.claimed() || !found.isEmpty(),
            List.copyOf(cves),
            List.copyOf(malware));
    return StoryEnriched.of(story, tags, evidence.toList());
  }

  private static void addField(List<FieldText> fields, String name, String text) {
    if (text != null && !text.isBlank()) {
      fields.add(new FieldText(name, text));
    }
  }
}
