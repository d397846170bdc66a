package io.newsintel.enrich.tagging;

import io.newsintel.contract.Evidence;
import io.newsintel.contract.StoryEnriched;
import io.newsintel.contract.StoryIngested;
import io.newsintel.contract.StoryTags;
import io.newsintel.enrich.attribution.ActorSpan;
import io.newsintel.enrich.attribution.Attribution;
import io.newsintel.enrich.attribution.AttributionExtractor;
import io.newsintel.enrich.attribution.CyberLexicon;
import io.newsintel.enrich.attribution.Finding;
import io.newsintel.enrich.catalog.Actor;
import io.newsintel.enrich.catalog.ActorCatalog;
import io.newsintel.enrich.catalog.SoftwareCatalog;
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

  /** Confidence of a sponsor state known only from the catalog entry of the actor named. */
  static final double CATALOG_SPONSOR_CONFIDENCE = 0.7;

  private final ActorCatalog catalog;

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
    List<List<ActorMention>> mentionsByField = new ArrayList<>(fields.size());
    List<List<ActorSpan>> actorSpans = new ArrayList<>(fields.size());
    for (int i = 0; i < fields.size(); i++) {
      List<ActorMention> found = actors.find(fields.get(i), cyberSentences.get(i), cyberStory);
      mentions.addAll(found);
      mentionsByField.add(found);
      List<ActorSpan> spans = new ArrayList<>(found.size());
      for (ActorMention m : found) {
        spans.add(new ActorSpan(m.actor().name(), m.sentence(), m.firstToken(), m.endToken()));
      }
      actorSpans.add(spans);
    }
    Attribution attribution =
        cyberStory || !mentions.isEmpty()
            ? attributions.extract(fields, cyberSentences, actorSpans)
            : Attribution.NONE;

    EvidenceList evidence = new EvidenceList();
    Map<String, Actor> found = new LinkedHashMap<>();
    Set<String> attackIds = new LinkedHashSet<>();
    Set<String> sponsors = new LinkedHashSet<>(attribution.sponsorStates());
    for (ActorMention mention : mentions) {
      Actor actor = mention.actor();
      boolean first = found.putIfAbsent(actor.name(), actor) == null;
      double confidence = mention.confidence();
      evidence.add(
          "actor",
          actor.name(),
          mention.field(),
          mention.start(),
          mention.end(),
          mention.text(),
          confidence);
      if (first && actor.attackId() != null) {
        attackIds.add(actor.attackId());
        evidence.add(
            "attackId",
            actor.attackId(),
            mention.field(),
            mention.start(),
            mention.end(),
            mention.text(),
            confidence);
      }
      if (first && actor.sponsorState() != null && sponsors.add(actor.sponsorState())) {
        // The story names only the actor: the sponsor comes from the catalog, and says so.
        for (String kind : List.of("sponsorState", CATALOG_SPONSOR)) {
          evidence.add(
              kind,
              actor.sponsorState(),
              mention.field(),
              mention.start(),
              mention.end(),
              mention.text(),
              Evidence.CATALOG,
              Math.min(confidence, CATALOG_SPONSOR_CONFIDENCE));
        }
      }
    }
    for (Finding finding : attribution.findings()) {
      evidence.add(
          finding.kind(),
          finding.value(),
          finding.field(),
          finding.start(),
          finding.end(),
          finding.text(),
          finding.confidence());
    }

    Set<String> malware = new LinkedHashSet<>();
    Set<String> cves = new LinkedHashSet<>();
    for (int i = 0; i < fields.size(); i++) {
      FieldText field = fields.get(i);
      for (SoftwareMatcher.Mention m : software.find(field, cyberSentences.get(i), cyberStory)) {
        if (ToolWords.isActorNameOnly(field, m, mentionsByField.get(i))) {
          continue;
        }
        malware.add(m.software().name());
        evidence.add(
            "malware",
            m.software().name(),
            m.field(),
            m.start(),
            m.end(),
            m.text(),
            m.confidence());
      }
      for (CveFinder.Cve cve : CveFinder.find(field.text().text())) {
        cves.add(cve.id());
        // A CVE id has one spelling and nothing else looks like it.
        evidence.add("cve", cve.id(), field.name(), cve.start(), cve.end(), cve.text(), 1.0);
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
            List.copyOf(malware),
            attribution.agencies());
    return StoryEnriched.of(
        story, tags, evidence.toList(), attribution.claims(), catalog.version());
  }

  private static void addField(List<FieldText> fields, String name, String text) {
    if (text != null && !text.isBlank()) {
      fields.add(new FieldText(name, text));
    }
  }
}
