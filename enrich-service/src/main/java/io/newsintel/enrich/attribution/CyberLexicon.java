package io.newsintel.enrich.attribution;

import io.newsintel.enrich.matching.FieldText;
import io.newsintel.enrich.matching.PhraseMatch;
import io.newsintel.enrich.matching.PhraseMatcher;
import io.newsintel.enrich.matching.Token;
import io.newsintel.enrich.matching.TokenizedText;
import java.util.List;

/**
 * Words that put a story in cyber context, in English, Ukrainian and Russian. Deliberately leaves
 * out words that are common outside cyber news ("attack", "virus", "network") so that a zoo story
 * or a film review never qualifies.
 */
public final class CyberLexicon {

  // Any word starting with these is a cyber word: "cyberattack", "кібератака", "хакерів".
  private static final String[] PREFIXES = {
    "cyber", "hack", "malware", "ransomware", "phish", "кібер", "кибер", "хакер", "фішинг", "фишинг"
  };

  private static final List<String> PHRASES =
      List.of(
          // English
          "spyware",
          "wiper",
          "backdoor",
          "backdoors",
          "exploit",
          "exploits",
          "exploited",
          "zero-day",
          "zero-days",
          "vulnerability",
          "vulnerabilities",
          "APT",
          "threat actor",
          "threat actors",
          "threat group",
          "state-sponsored",
          "state-backed",
          "espionage",
          "intrusion",
          "intrusions",
          "breach",
          "breached",
          "DDoS",
          "botnet",
          "trojan",
          "infostealer",
          "command-and-control",
          "CERT",
          "CERT-UA",
          "CISA",
          "NCSC",
          "spear-phishing",
          "credential",
          "credentials",
          "compromised",
          "compromise",
          "infiltrated",
          "malicious code",
          "email accounts",
          "servers",
          "Mandiant",
          "CrowdStrike",
          "ESET",
          "Kaspersky",
          // Ukrainian
          "зловмисне програмне забезпечення",
          "шкідливе програмне забезпечення",
          "шкідливе ПЗ",
          "зловмисне ПЗ",
          "шкідливий код",
          "шпигунське програмне забезпечення",
          "вірус-вимагач",
          "зламали",
          "зламав",
          "злам",
          "вразливість",
          "вразливості",
          "шпигунство",
          "кібершпигунство",
          "Держспецзв'язку",
          "Держспецзв'язок",
          "СЕРТ-УА",
          "угруповання APT",
          "DDoS-атака",
          "сервери",
          "облікові записи",
          // Russian
          "вредоносное программное обеспечение",
          "вредоносное ПО",
          "вредоносный код",
          "шпионское ПО",
          "вирус-вымогатель",
          "взлом",
          "взломали",
          "взломал",
          "уязвимость",
          "уязвимости",
          "шпионаж",
          "серверы",
          "учетные записи");

  private static final PhraseMatcher<Boolean> MATCHER =
      PhraseMatcher.<Boolean>builder().addAll(PHRASES, Boolean.TRUE).build();

  private CyberLexicon() {}

  /** Which sentences of the field have a cyber word. */
  public static boolean[] sentencesWithCyberWords(FieldText field) {
    boolean[] cyber = new boolean[field.sentenceCount()];
    TokenizedText text = field.text();
    for (int i = 0; i < text.size(); i++) {
      if (isCyberWord(text.token(i))) {
        cyber[field.sentenceOf(i)] = true;
      }
    }
    for (PhraseMatch<Boolean> match : MATCHER.find(text)) {
      cyber[field.sentenceOf(match.firstToken())] = true;
    }
    return cyber;
  }

  private static boolean isCyberWord(Token token) {
    String key = token.key();
    for (String prefix : PREFIXES) {
      if (key.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
