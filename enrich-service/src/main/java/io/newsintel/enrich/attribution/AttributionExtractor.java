package io.newsintel.enrich.attribution;

import io.newsintel.contract.AttributionClaim;
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
   * @param actors per field, the actors found in it
   */
  public Attribution extract(
      List<FieldText> fields, List<boolean[]> cyberSentences, List<List<ActorSpan>> actors) {
    Result result = new Result();
    for (int f = 0; f < fields.size(); f++) {
      readField(fields.get(f), cyberSentences.get(f), actors.get(f), result);
    }
    return result.toAttribution();
  }

  private void readField(FieldText field, boolean[] cyber, List<ActorSpan> actors, Result result) {
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
      List<ActorSpan> actorsInSentence = new ArrayList<>(2);
      for (ActorSpan span : actors) {
        if (span.sentence() == s) {
          actorsInSentence.add(span);
        }
      }
      boolean actor = !actorsInSentence.isEmpty();
      final int sentence = s;
      boolean afterAnActor = actors.stream().anyMatch(a -> a.sentence() == sentence - 1);
      boolean relevant =
          actor
              || afterAnActor
              || cyber[s]
              || (s > 0 && cyber[s - 1])
              || (s + 1 < cyber.length && cyber[s + 1])
              || inSentence.stream().anyMatch(m -> m.value().entity().isAgency())
              // A denial in a story that made a claim denies that claim.
              || result.claimed && hasCue(found.get(Cue.DENIAL), range);
      if (relevant) {
        new SentenceReader(
                field, range, inSentence, found, actorsInSentence, !actors.isEmpty(), result)
            .read();
      }
    }
  }

  private static boolean hasCue(List<PhraseMatch<Cue>> matches, int[] range) {
    for (PhraseMatch<Cue> match : matches) {
      if (match.firstToken() >= range[0] && match.endToken() <= range[1]) {
        return true;
      }
    }
    return false;
  }

  /** The roles of the entities of one sentence. */
  private static final class SentenceReader {
    private final FieldText field;
    private final int from;
    private final int to;
    private final List<PhraseMatch<EntityForm>> entities;
    private final Map<Cue, List<PhraseMatch<Cue>>> cues;
    private final List<ActorSpan> actors;
    private final boolean actor;
    private final boolean actorInField;
    private final Result result;
    // What this sentence claims, for its AttributionClaim.
    private final Set<String> sponsors = new LinkedHashSet<>();
    private final Set<String> agencies = new LinkedHashSet<>();
    private final Set<String> targets = new LinkedHashSet<>();
    private final List<Finding> pending = new ArrayList<>();

    SentenceReader(
        FieldText field,
        int[] range,
        List<PhraseMatch<EntityForm>> entities,
        Map<Cue, List<PhraseMatch<Cue>>> cues,
        List<ActorSpan> actors,
        boolean actorInField,
        Result result) {
      this.field = field;
      this.from = range[0];
      this.to = range[1];
      this.entities = entities;
      this.cues = cues;
      this.actors = actors;
      this.actor = !actors.isEmpty();
      this.actorInField = actorInField;
      this.result = result;
    }

    void read() {
      boolean accusation = has(Cue.ACCUSE) || has(Cue.RESPONSIBLE) || has(Cue.SPONSOR_LINK);
      boolean denial = has(Cue.DENIAL);
      List<PhraseMatch<EntityForm>> claimants = new ArrayList<>();
      List<PhraseMatch<EntityForm>> deniers = new ArrayList<>();
      boolean sponsor = false;
      for (PhraseMatch<EntityForm> entity : entities) {
        Entity who = entity.value().entity();
        boolean adjective = entity.value().adjective();
        PhraseMatch<EntityForm> owned = ownedEntity(entity);
        if (owned != null && !owned.value().entity().isAgency()) {
          continue; // "Ukraine's CERT-UA": CERT-UA has the role, not Ukraine
        }
        if (who.isAgency()) {
          sponsor(entity, who.state(), 0.9);
          agencies.add(who.name());
          result.agencies.add(who.name());
          pending.add(finding("agency", who.name(), entity, 0.9));
          sponsor = true;
        } else if (before(entity, Cue.SPONSOR_LINK, 1)
            || isAgentOfAttack(entity)
            || followsAnAgency(entity)
            || owned != null
            || ownsTheActor(entity)
            || isHyphenLinked(entity)) {
          if (who.isCountry()) {
            sponsor(entity, who.name(), 0.9);
            sponsor = true;
          }
        } else if (!adjective && isSourceRightAfterItsWords(entity)) {
          claimants.add(entity);
        } else if (!adjective && before(entity, Cue.TARGET, 2)) {
          target(entity, 0.8);
        } else if (who.isCountry() && isSponsorPosition(entity, adjective)) {
          sponsor(entity, who.name(), 0.8);
          sponsor = true;
        } else if (isTargetPosition(entity)) {
          target(entity, 0.7);
        } else if (isClaimantPosition(entity, adjective)) {
          claimants.add(entity);
        } else if (denial && laterInSentence(entity, Cue.DENIAL)) {
          deniers.add(entity);
        }
      }
      if (denial) {
        // "Moscow rejected the accusations": who denies does not claim.
        deniers.addAll(claimants);
        claimants.clear();
      }
      boolean claim = accusation && (actor || sponsor || !claimants.isEmpty());
      // "Microsoft said the group used a backdoor": "the group" is the actor the field names.
      boolean aboutTheActor = actor || sponsor || actorInField && has(Cue.ACCUSED_NOUN);
      boolean claimantsClaim = claim || (aboutTheActor && !claimants.isEmpty());
      double confidence = confidence(!claimants.isEmpty(), actor || sponsor, accusation, denial);
      if (claimantsClaim) {
        for (PhraseMatch<EntityForm> claimant : claimants) {
          String name = claimant.value().entity().name();
          result.attributedBy.add(name);
          pending.add(finding("attributedBy", name, claimant, confidence));
        }
      }
      for (Finding finding : pending) {
        // A target read in a sentence that claims nothing is a weaker reading.
        result.findings.add(claim || sponsor ? finding : weaker(finding));
      }
      if (claim || sponsor) {
        PhraseMatch<Cue> cue = first(Cue.ACCUSE, Cue.RESPONSIBLE, Cue.SPONSOR_LINK);
        String level = !claimants.isEmpty() && (actor || sponsor) ? "high" : "medium";
        if (!result.claimed) {
          result.claimed = true;
          result.addAt(
              "cyberAttribution", "true", field, cue != null ? cue : anyEntity(), confidence);
        }
        result.confidence(level, field, cue != null ? cue : anyEntity());
      }
      for (PhraseMatch<Cue> match : inSentence(Cue.DENIAL)) {
        if (!result.denied) {
          result.denied = true;
          result.addAt("attributionDenied", "true", field, match, 0.85);
        }
      }
      // An actor with its targets ("APT28 hackers have also targeted Poland") is a claim too.
      boolean actorAndTargets = actor && !targets.isEmpty();
      if (claim
          || sponsor
          || actorAndTargets
          || denial && (actor || !deniers.isEmpty() || result.claimed)) {
        List<String> who = new ArrayList<>();
        (claimantsClaim ? claimants : deniers)
            .forEach(c -> addOnce(who, c.value().entity().name()));
        List<String> named = new ArrayList<>();
        actors.forEach(a -> addOnce(named, a.name()));
        double claimConfidence =
            claim || sponsor || actorAndTargets ? confidence : Math.min(confidence, 0.5);
        result.claims.add(claim(who, named, denial, claimConfidence));
      }
    }

    /**
     * 0.4 for a sentence that reads as an attribution, more for each part of a full claim: who
     * claims, whom it names (actor, sponsor or agency), an explicit accusation. A denied or doubted
     * claim is at most 0.6.
     */
    private static double confidence(
        boolean claimant, boolean accused, boolean accusation, boolean denied) {
      double c = 0.4 + (claimant ? 0.25 : 0) + (accused ? 0.2 : 0) + (accusation ? 0.1 : 0);
      c = Math.min(c, 0.95);
      return Math.round((denied ? Math.min(c, 0.6) : c) * 100) / 100.0;
    }

    private AttributionClaim claim(
        List<String> claimants, List<String> named, boolean denied, double confidence) {
      String text = field.text().text();
      int start = field.text().token(from).start();
      int end = field.text().token(Math.max(from, to - 1)).end();
      // Keep the sentence's closing punctuation and quote.
      while (end < text.length() && ".!?\"»”)".indexOf(text.charAt(end)) >= 0) {
        end++;
      }
      return new AttributionClaim(
          claimants,
          named,
          List.copyOf(sponsors),
          List.copyOf(agencies),
          List.copyOf(targets),
          denied,
          confidence,
          field.name(),
          start,
          end,
          text.substring(start, end));
    }

    private static void addOnce(List<String> list, String value) {
      if (!list.contains(value)) {
        list.add(value);
      }
    }

    private Finding finding(String kind, String value, PhraseMatch<?> match, double confidence) {
      return Finding.at(kind, value, field, match, confidence);
    }

    private static Finding weaker(Finding f) {
      double lower = Math.round(f.confidence() * 0.8 * 100) / 100.0;
      return new Finding(f.kind(), f.value(), f.field(), f.start(), f.end(), f.text(), lower);
    }

    private void sponsor(PhraseMatch<EntityForm> entity, String state, double confidence) {
      result.sponsors.add(state);
      sponsors.add(state);
      pending.add(finding("sponsorState", state, entity, confidence));
    }

    private void target(PhraseMatch<EntityForm> entity, double confidence) {
      String name = entity.value().entity().name();
      result.targets.add(name);
      targets.add(name);
      pending.add(finding("target", name, entity, confidence));
    }

    /**
     * The entity right after this one's possessive: "Ukraine's CERT-UA", "Russia's FSB". Null when
     * there is none.
     */
    private PhraseMatch<EntityForm> ownedEntity(PhraseMatch<EntityForm> entity) {
      if (!entity.value().entity().isCountry()
          || entity.value().adjective()
          || !nextKey(entity).equals("s")) {
        return null;
      }
      for (PhraseMatch<EntityForm> other : entities) {
        if (other.firstToken() == entity.endToken() + 1) {
          return other;
        }
      }
      return null;
    }

    /** "Iran-linked", "China-backed": the state written onto a word for the accused. */
    private boolean isHyphenLinked(PhraseMatch<EntityForm> entity) {
      String text = field.text().text();
      return entity.value().entity().isCountry()
          && entity.end() < text.length()
          && text.charAt(entity.end()) == '-'
          && after(entity, Cue.ACCUSED_NOUN, 0);
    }

    /**
     * "..., the European Union said", "..., заявили в СБУ", "..., повідомляє Німеччина": the source
     * of a report stands right before or right after its verb, even at the end of a list of
     * targets.
     */
    private boolean isSourceRightAfterItsWords(PhraseMatch<EntityForm> entity) {
      for (PhraseMatch<Cue> said : inSentence(Cue.SOURCE_AFTER)) {
        int gapAfter = said.firstToken() - entity.endToken();
        int gapBefore = entity.firstToken() - said.endToken();
        boolean cyrillic = isCyrillic(said);
        if (gapAfter == 0 && !(cyrillic && commaBetween(entity.end(), said.start()))
            || gapBefore >= 0 && gapBefore <= 1 && cyrillic) {
          return true;
        }
      }
      return false;
    }

    /** "... військових Литви, заявили в ГУР": after a comma the verb's subject follows it. */
    private boolean commaBetween(int fromChar, int toChar) {
      return field.text().text().substring(fromChar, toChar).indexOf(',') >= 0;
    }

    private boolean isCyrillic(PhraseMatch<Cue> cue) {
      char first = field.text().text().charAt(cue.start());
      return Character.UnicodeBlock.of(first) == Character.UnicodeBlock.CYRILLIC;
    }

    /**
     * "North Korea's Lazarus Group", "Russian APT28": a state written right before the actor's name
     * is its sponsor, whatever the verbs of the sentence say.
     */
    private boolean ownsTheActor(PhraseMatch<EntityForm> entity) {
      if (!entity.value().entity().isCountry()) {
        return false;
      }
      for (ActorSpan span : actors) {
        int gap = span.firstToken() - entity.endToken();
        if (gap == 0 || gap == 1 && nextKey(entity).equals("s")) {
          return true;
        }
      }
      return false;
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

    /**
     * "ГРУ РФ", "GRU of Russia", "ГРУ Генштабу збройних сил Росії": a state a few words after an
     * agency, with no other entity or cue between them, is the agency's state.
     */
    private boolean followsAnAgency(PhraseMatch<EntityForm> entity) {
      for (PhraseMatch<EntityForm> other : entities) {
        int gap = entity.firstToken() - other.endToken();
        if (other.value().entity().isAgency()
            && !entity.value().adjective()
            && gap >= 0
            && gap <= NEAR + 1
            && nothingBetween(other.endToken(), entity.firstToken())
            && noCueBetween(other.endToken(), entity.firstToken())) {
          return true;
        }
      }
      return false;
    }

    private boolean noCueBetween(int fromToken, int toToken) {
      for (List<PhraseMatch<Cue>> kind : cues.values()) {
        for (PhraseMatch<Cue> cue : kind) {
          if (cue.firstToken() >= fromToken && cue.firstToken() < toToken) {
            return false;
          }
        }
      }
      return true;
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

    /**
     * "hacked by Russia", "a cyber campaign by Russia": the one after "by" did it, when "by"
     * follows an attack verb or a word for the attack or the attackers.
     */
    private boolean isAgentOfAttack(PhraseMatch<EntityForm> entity) {
      for (PhraseMatch<Cue> by : inSentence(Cue.SOURCE_BEFORE)) {
        int gap = entity.firstToken() - by.endToken();
        if (gap >= 0 && gap <= 1 && by.firstToken() > from) {
          for (Cue deed : new Cue[] {Cue.TARGET, Cue.ACCUSED_NOUN}) {
            for (PhraseMatch<Cue> verb : inSentence(deed)) {
              if (verb.endToken() == by.firstToken()) {
                return true;
              }
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
      // "... against Germany, citing a statement by NATO": the source is not a target either.
      for (Cue stop :
          new Cue[] {
            Cue.ACCUSE, Cue.RESPONSIBLE, Cue.SOURCE_AFTER, Cue.SOURCE_BEFORE, Cue.SPONSOR_LINK
          }) {
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
        if (match.firstToken() >= from
            && match.endToken() <= to
            && !(cue == Cue.TARGET && leadsToAnActor(match))) {
          in.add(match);
        }
      }
      return in;
    }

    /**
     * "поклали відповідальність за кібератаки на угруповання APT28": "на" before the actor's name
     * says whom the attacks are blamed on, not whom they hit.
     */
    private boolean leadsToAnActor(PhraseMatch<Cue> match) {
      for (ActorSpan span : actors) {
        int gap = span.firstToken() - match.endToken();
        if (gap >= 0 && gap <= 1) {
          return true;
        }
      }
      return false;
    }

    /**
     * A cue ends at most {@code distance} tokens before the entity, or before the state that owns
     * it ("according to the UK's NCSC").
     */
    private boolean before(PhraseMatch<EntityForm> entity, Cue cue, int distance) {
      int start = entity.firstToken();
      if (start > from && field.text().token(start - 1).key().equals("s")) {
        for (PhraseMatch<EntityForm> owner : entities) {
          if (ownedEntity(owner) == entity) {
            start = owner.firstToken();
          }
        }
      }
      for (PhraseMatch<Cue> match : inSentence(cue)) {
        int gap = start - match.endToken();
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
    final Set<String> agencies = new LinkedHashSet<>();
    final Set<String> targets = new LinkedHashSet<>();
    final List<Finding> findings = new ArrayList<>();
    final List<AttributionClaim> claims = new ArrayList<>();
    boolean denied;
    boolean claimed;
    String confidence;
    Finding confidenceFinding;

    void addAt(
        String kind, String value, FieldText field, PhraseMatch<?> match, double confidence) {
      if (match != null) {
        findings.add(Finding.at(kind, value, field, match, confidence));
      }
    }

    void confidence(String level, FieldText field, PhraseMatch<?> match) {
      if (match == null || "high".equals(confidence)) {
        return;
      }
      if (confidence == null || "high".equals(level)) {
        confidence = level;
        confidenceFinding = Finding.at("attributionConfidence", level, field, match, score(level));
      }
    }

    private static double score(String level) {
      return "high".equals(level) ? 0.9 : 0.6;
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
                confidenceFinding.text(),
                score(level)));
      }
      return new Attribution(
          List.copyOf(attributedBy),
          List.copyOf(sponsors),
          List.copyOf(agencies),
          List.copyOf(targets),
          denied,
          claimed,
          List.copyOf(claims),
          all);
    }
  }
}
