package io.newsintel.enrich.tagging;

import io.newsintel.enrich.matching.FieldText;
import io.newsintel.enrich.matching.TokenizedText;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Tells a tool from the group named after it. ATT&amp;CK lists some actor names as aliases of
 * software too ("Sofacy" is also CORESHELL); in news such a name almost always means the group, so
 * it counts as software only when a word for software stands right next to it ("the Sofacy
 * backdoor", "шкідлива програма Sofacy").
 */
final class ToolWords {

  // In English, Ukrainian and Russian; keys are normalised like the text (case endings stripped).
  private static final String WORDS =
      "malware backdoor backdoors implant implants tool tools toolkit trojan trojans loader"
          + " loaders dropper droppers downloader wiper wipers ransomware stealer spyware rootkit"
          + " worm botnet payload payloads RAT variant sample samples"
          + " шкідлива шкідливе шкідливу шкідливої програма програму програми бекдор бекдора"
          + " троян трояна вірус завантажувач вайпер інструмент шпигунська"
          + " вредоносная вредоносное вредоносную вредоносной программа программу бэкдор бэкдора"
          + " вирус загрузчик вайпер инструмент шпионская";

  private static final Set<String> KEYS = keys(WORDS);

  private ToolWords() {}

  /** The software mention is a name of an actor found at the same place, not a tool. */
  static boolean isActorNameOnly(
      FieldText field, SoftwareMatcher.Mention software, List<ActorMention> actors) {
    for (ActorMention actor : actors) {
      boolean overlaps = actor.start() < software.end() && software.start() < actor.end();
      if (overlaps && !nextToAToolWord(field.text(), software)) {
        return true;
      }
    }
    return false;
  }

  private static boolean nextToAToolWord(TokenizedText text, SoftwareMatcher.Mention software) {
    int before = software.firstToken() - 1;
    int after = software.endToken();
    return before >= 0 && KEYS.contains(text.token(before).key())
        || after < text.size() && KEYS.contains(text.token(after).key());
  }

  private static Set<String> keys(String words) {
    Set<String> keys = new HashSet<>();
    TokenizedText.of(words).tokens().forEach(t -> keys.add(t.key()));
    return keys;
  }
}
