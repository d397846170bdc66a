package io.newsintel.enrich.attribution;

import io.newsintel.enrich.matching.FieldText;
import io.newsintel.enrich.matching.PhraseMatch;
import io.newsintel.enrich.matching.PhraseMatcher;
import io.newsintel.enrich.matching.TokenizedText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads attribution claims sentence by sentence: who claims, whom they accuse (sponsor state and
 * agency), whom the attackers hit, and whether the claim is denied. Roles come from the position of
 * each gazetteer entity relative to cue words, in this order of precedence:
 *
 * <ol>
 *   <li>an agency (GRU, FSB, MSS ...) names its state as sponsor;
 *   <li>after a sponsor link ("sponsored by", "on behalf of"), just before "behind" or
 *       "responsible", just after an accusation ("accused Russia", "summoned Russia's ambassador"),
 *       or an adjective or possessive before a word for the accused ("Russian hackers", "Russia's
 *       cyber campaign"): sponsor;
 *   <li>after a target cue ("against", "targeted", "attack on"): target;
 *   <li>before an accusation, after "according to", or before "said" in a sentence with a claim:
 *       the one who makes the claim.
 * </ol>
 *
 * Only sentences in cyber context (a cyber word in it or next to it, or an actor named in it) are
 * read, so "Germany accused Russia of election meddling" in a story about politics claims nothing.
 */
public final class AttributionExtractor {

  private static final int NEAR = 3;

  private final PhraseMatcher<EntityForm> gazetteer = Gazetteer.load();
  private final PhraseMatcher<Cue> cues = CueLexicon.load();

  /**
   * @param fields title, summary, content
   * @param cyberSentences per field, which sentences have a cyber word
   * @param actorSentences per field, which sentences name an actor
   */
  public Attribution extract(
      List<FieldText> fields, List<boolean[]> cyberSentences, List<Set<Integer>> actorSentences) {
    Result result = new Result();
    for (int f = 0; f < fields.size(); f++) {
      readField(fields.get(f), cyberSentences.get(f), actorSentences.get(f), result);
    }
    return result.toAttribution();
  }

  private void readField(FieldText field, boolean[] cyber, Set<Integer> actors, Result result) {
    TokenizedText text = field.text();
    List<PhraseMatch<EntityForm>> entities = gazetteer.find(text);
    Map<Cue, List<PhraseMatch<Cue>>> found = CueLexicon.find(cues, text);
    int e = 0;
    for (int s = 0; s < field.sentenceCount(); s++) {
      int[] range = field.sentence(s);
      List<PhraseMatch<EntityForm>> inSentence = new ArrayList<>();
      while (e < entities.size() && entities.get(e).firstToken() < range[1]) {
        if (entities.get(e).firstToken() >= range[0]) {
          inSentence.add(entities.get(e));
        }
        e++;
      }
      boolean actor = actors.contains(s);
      boolean relevant =
          actor
              || cyber[s]
              || (s > 0 && cyber[s - 1])
              || (s + 1 < cyber.length && cyber[s + 1])
              || inSentence.stream().anyMatch(m -> m.value().entity().isAgency());
      if (relevant) {
        new SentenceReader(field, range, inSentence, found, actor, result).read();
      }
    }
  }

  /** The roles of the entities of one sentence. */
  private static final class SentenceReader {
    private final FieldText field;
    private final int from;
    private final int to;
    private final List<PhraseMatch<EntityForm>> entities;
    private final Map<Cue, List<PhraseMatch<Cue>>> cues;
    private final boolean actor;
    private final Result result;

    SentenceReader(
        FieldText field,
        int[] range,
        List<PhraseMatch<EntityForm>> entities,
        Map<Cue, List<PhraseMatch<Cue>>> cues,
        boolean actor,
        Result result) {
      this.field = field;
      this.from = range[0];
      this.to = range[1];
      this.entities = entities;
      this.cues = cues;
      this.actor = actor;
      this.result = result;
    }

    void read() {
      boolean accusation = has(Cue.ACCUSE) || has(Cue.RESPONSIBLE) || has(Cue.SPONSOR_LINK);
      List<PhraseMatch<EntityForm>> claimants = new ArrayList<>();
      boolean sponsor = false;
      for (PhraseMatch<EntityForm> entity : entities) {
        Entity who = entity.value().entity();
        boolean adjective = entity.value().adjective();
        if (who.isAgency()) {
          sponsor(entity, who.state());
          result.add("agency", who.name(), field, entity);
          sponsor = true;
        } else if (before(entity, Cue.SPONSOR_LINK, 1)
            || isAgentOfAttack(entity)
            || followsAnAgency(entity)) {
          if (who.isCountry()) {
            sponsor(entity, who.name());
            sponsor = true;
          }
        } else if (!adjective && before(entity, Cue.TARGET, 2)) {
          result.targets.add(who.name());
          result.add("target", who.name(), field, entity);
        } else if (who.isCountry() && isSponsorPosition(entity, adjective)) {
          sponsor(entity, who.name());
          sponsor = true;
        } else if (isTargetPosition(entity)) {
          result.targets.add(who.name());
          result.add("target", who.name(), field, entity);
        } else if (isClaimantPosition(entity, adjective)) {
          claimants.add(entity);
        }
      }
      if (has(Cue.DENIAL)) {
        claimants.clear(); // "Moscow rejected the accusations": who denies does not claim
      }
      boolean claim = accusation && (actor || sponsor || !claimants.isEmpty());
      if (claim || ((actor || sponsor) && !claimants.isEmpty())) {
        for (PhraseMatch<EntityForm> claimant : claimants) {
          String name = claimant.value().entity().name();
          result.attributedBy.add(name);
          result.add("attributedBy", name, field, claimant);
        }
      }
      if (claim || sponsor) {
        PhraseMatch<Cue> cue = first(Cue.ACCUSE, Cue.RESPONSIBLE, Cue.SPONSOR_LINK);
        String level = !claimants.isEmpty() && (actor || sponsor) ? "high" : "medium";
        if (!result.claimed) {
          result.claimed = true;
          result.addAt("cyberAttribution", "true", field, cue != null ? cue : anyEntity());
        }
        result.confidence(level, field, cue != null ? cue : anyEntity());
      }
      for (PhraseMatch<Cue> denial : inSentence(Cue.DENIAL)) {
        if (!result.denied) {
          result.denied = true;
          result.addAt("attributionDenied", "true", field, denial);
        }
      }
    }

    private void sponsor(PhraseMatch<EntityForm> entity, String state) {
      result.sponsors.add(state);
      result.add("sponsorState", state, field, entity);
    }

    private boolean isSponsorPosition(PhraseMatch<EntityForm> entity, boolean adjective) {
      if (after(entity, Cue.RESPONSIBLE, 4) && nextEntityIsAfter(entity, Cue.RESPONSIBLE)) {
        return true; // "Russia is behind", but not Germany in "Germany held Russia responsible"
      }
      PhraseMatch<Cue> accusation = lastBefore(entity, Cue.ACCUSE);
      if (accusation != null
          && !hyphenated(accusation)
          && entity.firstToken() - accusation.endToken() <= NEAR
          && !before(entity, Cue.SOURCE_BEFORE, 1)
          && nothingBetween(accusation.endToken(), entity.firstToken())) {
        return true; // "accused Russia", "summoned Russia's ambassador"
      }
      // "Russian hackers", "Russia's cyber campaign", "Russia-linked group"
      boolean possessive = !adjective && nextKey(entity).equals("s");
      int reach = adjective ? NEAR : possessive ? NEAR + 1 : 0;
      return after(entity, Cue.ACCUSED_NOUN, reach)
          && !after(entity, Cue.OFFICIAL_NOUN, 1)
          // "Dutch intelligence said hackers ...": the hackers belong to the next clause.
          && !after(entity, Cue.SOURCE_AFTER, reach)
          && !after(entity, Cue.ACCUSE, reach);
    }

    /** "ГРУ РФ", "GRU of Russia": the state right after an agency is its state. */
    private boolean followsAnAgency(PhraseMatch<EntityForm> entity) {
      for (PhraseMatch<EntityForm> other : entities) {
        int gap = entity.firstToken() - other.endToken();
        if (other.value().entity().isAgency()
            && !entity.value().adjective()
            && (gap == 0 || gap == 1 && field.text().token(other.endToken()).key().equals("of"))) {
          return true;
        }
      }
      return false;
    }

    /** No other entity stands between this one and the next cue of that kind. */
    private boolean nextEntityIsAfter(PhraseMatch<EntityForm> entity, Cue cue) {
      int cueStart = Integer.MAX_VALUE;
      for (PhraseMatch<Cue> match : inSentence(cue)) {
        if (match.firstToken() >= entity.endToken()) {
          cueStart = Math.min(cueStart, match.firstToken());
        }
      }
      for (PhraseMatch<EntityForm> other : entities) {
        if (other.firstToken() >= entity.endToken() && other.firstToken() < cueStart) {
          return false;
        }
      }
      return true;
    }

    /** "Iran-linked": part of an adjective, not an accusation of what follows. */
    private boolean hyphenated(PhraseMatch<Cue> cue) {
      return cue.start() > 0 && field.text().text().charAt(cue.start() - 1) == '-';
    }

    /** No other entity and no target cue between two token positions. */
    private boolean nothingBetween(int fromToken, int toToken) {
      for (PhraseMatch<EntityForm> other : entities) {
        if (other.firstToken() >= fromToken && other.firstToken() < toToken) {
          return false;
        }
      }
      for (PhraseMatch<Cue> target : inSentence(Cue.TARGET)) {
        if (target.firstToken() >= fromToken && target.firstToken() < toToken) {
          return false;
        }
      }
      return true;
    }

    /** "hacked by Russia", "carried out by China": the one after "by" did it. */
    private boolean isAgentOfAttack(PhraseMatch<EntityForm> entity) {
      for (PhraseMatch<Cue> by : inSentence(Cue.SOURCE_BEFORE)) {
        int gap = entity.firstToken() - by.endToken();
        if (gap >= 0 && gap <= 1 && by.firstToken() > from) {
          for (PhraseMatch<Cue> verb : inSentence(Cue.TARGET)) {
            if (verb.endToken() == by.firstToken()) {
              return true;
            }
          }
        }
      }
      return false;
    }

    private boolean isTargetPosition(PhraseMatch<EntityForm> entity) {
      PhraseMatch<Cue> target = lastBefore(entity, Cue.TARGET);
      if (target == null) {
        return false;
      }
      // A new claim between the target cue and the entity ends the list of targets.
      for (Cue stop : new Cue[] {Cue.ACCUSE, Cue.RESPONSIBLE, Cue.SOURCE_AFTER, Cue.SPONSOR_LINK}) {
        PhraseMatch<Cue> cue = lastBefore(entity, stop);
        if (cue != null && cue.firstToken() > target.firstToken()) {
          return false;
        }
      }
      return true;
    }

    private boolean isClaimantPosition(PhraseMatch<EntityForm> entity, boolean adjective) {
      if (adjective && !after(entity, Cue.OFFICIAL_NOUN, 2) && !firstInSentence(entity)) {
        return false;
      }
      return laterInSentence(entity, Cue.ACCUSE)
          || before(entity, Cue.SOURCE_BEFORE, 2)
          || after(entity, Cue.SOURCE_AFTER, 4);
    }

    private boolean firstInSentence(PhraseMatch<EntityForm> entity) {
      return entity.firstToken() <= from + 1;
    }

    // -------------------------------------------------------------- positions of cues

    private boolean has(Cue cue) {
      return !inSentence(cue).isEmpty();
    }

    private List<PhraseMatch<Cue>> inSentence(Cue cue) {
      List<PhraseMatch<Cue>> all = cues.get(cue);
      List<PhraseMatch<Cue>> in = new ArrayList<>(2);
      for (PhraseMatch<Cue> match : all) {
        if (match.firstToken() >= from && match.endToken() <= to) {
          in.add(match);
        }
      }
      return in;
    }

    /** A cue ends at most {@code distance} tokens before the entity (skipping "the"). */
    private boolean before(PhraseMatch<EntityForm> entity, Cue cue, int distance) {
      for (PhraseMatch<Cue> match : inSentence(cue)) {
        int gap = entity.firstToken() - match.endToken();
        if (gap >= 0 && gap <= distance) {
          return true;
        }
      }
      return false;
    }

    /** A cue starts at most {@code distance} tokens after the entity. */
    private boolean after(PhraseMatch<EntityForm> entity, Cue cue, int distance) {
      for (PhraseMatch<Cue> match : inSentence(cue)) {
        int gap = match.firstToken() - entity.endToken();
        if (gap >= 0 && gap <= distance) {
          return true;
        }
      }
      return false;
    }

    private boolean laterInSentence(PhraseMatch<EntityForm> entity, Cue cue) {
      for (PhraseMatch<Cue> match : inSentence(cue)) {
        if (match.firstToken() >= entity.endToken()) {
          return true;
        }
      }
      return false;
    }

    private PhraseMatch<Cue> lastBefore(PhraseMatch<EntityForm> entity, Cue cue) {
      PhraseMatch<Cue> last = null;
      for (PhraseMatch<Cue> match : inSentence(cue)) {
        if (match.endToken() <= entity.firstToken()) {
          last = match;
        }
      }
      return last;
    }

    private PhraseMatch<Cue> first(Cue... kinds) {
      PhraseMatch<Cue> first = null;
      for (Cue kind : kinds) {
        for (PhraseMatch<Cue> match : inSentence(kind)) {
          if (first == null || match.firstToken() < first.firstToken()) {
            first = match;
          }
        }
      }
      return first;
    }

    private PhraseMatch<?> anyEntity() {
      return entities.isEmpty() ? null : entities.get(0);
    }

    private String nextKey(PhraseMatch<EntityForm> entity) {
      int next = entity.endToken();
      return next < to ? field.text().token(next).key() : "";
    }
  }

  /** What the sentences of a story add up to. */
  private static final class Result {
    final Set<String> attributedBy = new LinkedHashSet<>();
    final Set<String> sponsors = new LinkedHashSet<>();
    final Set<String> targets = new LinkedHashSet<>();
    final List<Finding> findings = new ArrayList<>();
    boolean denied;
    boolean claimed;
    String confidence;
    Finding confidenceFinding;

    void add(String kind, String value, FieldText field, PhraseMatch<?> match) {
      findings.add(
          new Finding(
              kind, value, field.name(), match.start(), match.end(), match.text(field.text())));
    }

    void addAt(String kind, String value, FieldText field, PhraseMatch<?> match) {
      if (match != null) {
        add(kind, value, field, match);
      }
    }

    void confidence(String level, FieldText field, PhraseMatch<?> match) {
      if (match == null || "high".equals(confidence)) {
        return;
      }
      if (confidence == null || "high".equals(level)) {
        confidence = level;
        confidenceFinding =
            new Finding(
                "attributionConfidence",
                level,
                field.name(),
                match.start(),
                match.end(),
                match.text(field.text()));
      }
    }

    Attribution toAttribution() {
      List<Finding> all = new ArrayList<>(findings);
      if (confidenceFinding != null) {
        // A denied claim is at best a medium one.
        String level = denied && "high".equals(confidence) ? "medium" : confidence;
        all.add(
            new Finding(
                confidenceFinding.kind(),
                level,
                confidenceFinding.field(),
                confidenceFinding.start(),
                confidenceFinding.end(),
                confidenceFinding.text()));
      }
      return new Attribution(
          List.copyOf(attributedBy),
          List.copyOf(sponsors),
          List.copyOf(targets),
          denied,
          claimed,
          all);
    }
  }
}
