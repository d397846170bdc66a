package io.newsintel.enrich.catalog;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who coined an actor name. MISP's {@code name-attribution} entries point at vendors by an
 * identifier the galaxy files do not resolve, and most synonyms carry no vendor at all, but the big
 * vendors' naming schemes are recognisable ("Forest Blizzard" is Microsoft's, "Fancy Bear"
 * CrowdStrike's, "UAC-0001" CERT-UA's).
 */
final class VendorNames {

  // MISP name-attribution identifiers, resolved from the names each one is attached to.
  private static final Map<String, String> BY_MISP_ID =
      Map.ofEntries(
          Map.entry("d0c33595-b684-45ef-91c3-e2f5ce1a8191", "Microsoft"),
          Map.entry("f9eb432f-2293-48b7-bca4-cc78beb50df0", "CrowdStrike"),
          Map.entry("da5cdcd1-7b15-4371-b7eb-ca32916d2052", "Mandiant"),
          Map.entry("a7119872-bc6b-494b-9f7a-8c50faaf53a9", "Secureworks"),
          Map.entry("a1ad5090-2487-46d2-8237-6151a2dd5063", "MITRE ATT&CK"),
          Map.entry("cae79680-67a6-4411-903c-f824dbcc813f", "Proofpoint"),
          Map.entry("e9491d3b-2174-47d6-8a15-ecec552d16ae", "Palo Alto Networks"),
          Map.entry("0d4886f9-97e1-4cb2-8822-580fd09540e5", "Kaspersky"),
          Map.entry("3ac8f6fc-9c04-4ebd-bda2-788cc02fe4ed", "Trend Micro"),
          Map.entry("3a43aca5-6366-4168-b182-a8afec4550b5", "ESET"),
          Map.entry("0adf6f0f-3795-4de1-9763-1bdd1c31a5d7", "Cisco Talos"),
          Map.entry("e583434b-7fb8-42c8-90ce-89aa8ed35f0c", "Symantec"),
          Map.entry("0904b30c-a86b-402b-9a14-87bbc44648aa", "Symantec"),
          Map.entry("21afba9e-cd2a-45c9-b421-b1f14fd181e9", "Group-IB"),
          Map.entry("e4ed3168-7830-490f-9eed-d1b3ef2daccd", "Dragos"));

  private record Scheme(Pattern pattern, String vendor) {}

  private static final List<Scheme> SCHEMES =
      List.of(
          scheme("UAC-\\d+", "CERT-UA"),
          scheme("G\\d{4}", "MITRE ATT&CK"),
          scheme(
              "[A-Z][a-z]+ (Blizzard|Typhoon|Sandstorm|Sleet|Tempest|Flood|Tsunami|Rain|Dust|Hail|"
                  + "Cyclone|Lightning|Gust|Squall)",
              "Microsoft"),
          scheme("(Storm|DEV)-\\d+", "Microsoft"),
          scheme(
              "[A-Z][a-z]+ (Bear|Panda|Chollima|Kitten|Spider|Tiger|Jackal|Buffalo|Ocelot|Leopard)",
              "CrowdStrike"),
          scheme("(?i)(APT ?\\d+|UNC\\d+|FIN\\d+|TEMP\\.[A-Za-z]+)", "Mandiant"),
          scheme("TA\\d{3}", "Proofpoint"),
          scheme(
              "(TG-\\d+|(IRON|BRONZE|COBALT|GOLD|NICKEL|TIN|ALUMINUM|PLATINUM|ZINC) [A-Z]+)",
              "Secureworks"),
          scheme(
              "[A-Z][a-z]+ (Ursa|Taurus|Serpens|Libra|Pisces|Scorpius|Lynx|Draco|Orion|Ara)",
              "Palo Alto Networks"),
          scheme("ITG\\d+", "IBM X-Force"),
          scheme("TAG-\\d+", "Recorded Future"),
          scheme("ATK ?\\d+", "Thales"),
          scheme("APT-C-\\d+", "Qihoo 360"),
          scheme("Earth [A-Z][a-z]+", "Trend Micro"),
          scheme("(Blue|Red|Yellow|White|Black|Orange|Green|Purple|Pink) [A-Z][a-z]+", "PwC"));

  private VendorNames() {}

  private static Scheme scheme(String regex, String vendor) {
    return new Scheme(Pattern.compile(regex), vendor);
  }

  static String byMispId(String id) {
    return BY_MISP_ID.get(id);
  }

  static String byScheme(String name) {
    for (Scheme scheme : SCHEMES) {
      if (scheme.pattern().matcher(name).matches()) {
        return scheme.vendor();
      }
    }
    return null;
  }
}
