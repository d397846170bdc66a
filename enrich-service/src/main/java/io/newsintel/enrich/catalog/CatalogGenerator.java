package io.newsintel.enrich.catalog;

import io.newsintel.enrich.matching.Token;
import io.newsintel.enrich.matching.Tokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Derives the actor catalog ({@value ActorCatalog#RESOURCE}) from the MISP galaxies (CC0) and the
 * project's curated additions:
 *
 * <ol>
 *   <li>MITRE ATT&amp;CK intrusion sets ({@code mitre-intrusion-set.json}) give the canonical names
 *       and ids, and own their synonyms;
 *   <li>MISP threat actors ({@code threat-actor.json}) add synonyms with vendors, suspected sponsor
 *       states and actors outside ATT&amp;CK; an entry joins an ATT&amp;CK group by the group id
 *       among its synonyms or by its name;
 *   <li>Microsoft's weather names ({@code microsoft-activity-group.json}) join the actor that
 *       already goes by that name, else stand alone;
 *   <li>the curated file adds Ukrainian and Russian forms, CERT-UA ids, agencies, and the words
 *       that need cyber context.
 * </ol>
 *
 * A name still claimed by several actors after that is flagged {@code shared}. Deterministic: the
 * same inputs give the same bytes, which the test of the committed file relies on.
 *
 * <p>Run from the repository root: {@code java -jar enrich-service/target/enrich-service.jar
 * generate-catalog ../shared/data/misp-galaxy enrich-service/src/main/catalog/curated.json
 * enrich-service/src/main/resources/catalog/actors.json}
 */
public final class CatalogGenerator {

  static final String SOURCE =
      "MISP galaxy threat-actor, mitre-intrusion-set, microsoft-activity-group (CC0)"
          + " + enrich-service/src/main/catalog/curated.json";

  private static final Pattern ATTACK_ID = Pattern.compile("G\\d{4}");
  private static final Pattern ATTACK_SUFFIX = Pattern.compile("^(.*) - (G\\d{4})$");
  private static final Pattern NUMBERED_COMMON_WORD =
      Pattern.compile("(?i)(group|unit|team|operation|bureau|subgroup)\\W*\\d+.*");
  private static final Pattern CRIMINAL =
      Pattern.compile("(?i)(FIN\\d+|.* Spider|.* Tempest|TA5\\d\\d|GOLD .*)");

  private final JsonMapper json = JsonMapper.shared();

  private final Map<String, Draft> drafts = new LinkedHashMap<>();
  // alias key -> ATT&CK id that lists it: ATT&CK is the authority on whose name is whose.
  private final Map<String, String> attackOwner = new HashMap<>();
  // alias key -> draft id that the curated file gives it to.
  private final Map<String, String> curatedOwner = new HashMap<>();
  private final Set<String> nearKeys = new LinkedHashSet<>();
  private final Set<String> storyKeys = new LinkedHashSet<>();
  private final Set<String> dropKeys = new LinkedHashSet<>();
  private final List<String> blockingPhrases = new ArrayList<>();

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println(
          "usage: generate-catalog <misp-galaxy dir> <curated.json> <output actors.json>"
              + " (software.json is written next to it)");
      System.exit(2);
    }
    Path actors = Path.of(args[2]);
    Path software = actors.resolveSibling("software.json");
    Files.writeString(actors, generate(Path.of(args[0]), Path.of(args[1])), StandardCharsets.UTF_8);
    Files.writeString(
        software, generateSoftware(Path.of(args[0]), Path.of(args[1])), StandardCharsets.UTF_8);
    System.out.println("wrote " + actors + " and " + software);
  }

  /** The catalog file's content. */
  public static String generate(Path mispDir, Path curatedFile) throws IOException {
    CatalogGenerator generator = new CatalogGenerator();
    generator.readCurated(curatedFile);
    generator.readAttack(mispDir.resolve("mitre-intrusion-set.json"));
    generator.readThreatActors(mispDir.resolve("threat-actor.json"));
    generator.readMicrosoft(mispDir.resolve("microsoft-activity-group.json"));
    generator.applyCurated(curatedFile);
    return generator.write();
  }

  /** The software catalog file's content (malware and tools). */
  public static String generateSoftware(Path mispDir, Path curatedFile) throws IOException {
    return new SoftwareCatalogGenerator().generate(mispDir, curatedFile);
  }

  // ---------------------------------------------------------------- inputs

  private List<Map<String, Object>> values(Path file) throws IOException {
    Map<String, Object> galaxy = json.readValue(file.toFile(), Map.class);
    return list(galaxy.get("values"));
  }

  private void readAttack(Path file) throws IOException {
    for (Map<String, Object> value : values(file)) {
      Map<String, Object> meta = map(value.get("meta"));
      String id = string(meta.get("external_id"));
      Matcher m = ATTACK_SUFFIX.matcher(string(value.get("value")));
      String name = m.matches() ? m.group(1) : string(value.get("value"));
      if (id == null) {
        continue;
      }
      Draft draft = drafts.computeIfAbsent(id, k -> new Draft(name));
      draft.name = name;
      draft.attackId = id;
      draft.addAlias(name, VendorNames.byScheme(name));
      attackOwner.put(key(name), id);
      for (String synonym : strings(meta.get("synonyms"))) {
        draft.addAlias(synonym, VendorNames.byScheme(synonym));
        attackOwner.putIfAbsent(key(synonym), id);
      }
      draft.addAlias(id, "MITRE ATT&CK");
      attackOwner.put(key(id), id);
    }
  }

  private void readThreatActors(Path file) throws IOException {
    for (Map<String, Object> value : values(file)) {
      Map<String, Object> meta = map(value.get("meta"));
      String name = string(value.get("value"));
      List<String> synonyms = strings(meta.get("synonyms"));
      Map<String, String> vendorOf = new HashMap<>();
      Set<String> ids = new java.util.TreeSet<>();
      for (String attribution : strings(meta.get("name-attribution"))) {
        int colon = attribution.lastIndexOf(':');
        if (colon > 0) {
          String alias = attribution.substring(0, colon);
          String vendor = VendorNames.byMispId(attribution.substring(colon + 1));
          if (vendor != null) {
            vendorOf.putIfAbsent(key(alias), vendor);
          }
          if (ATTACK_ID.matcher(alias).matches()) {
            ids.add(alias);
          }
        }
      }
      for (Map.Entry<String, Object> entry : meta.entrySet()) {
        if (entry.getKey().startsWith("origin:") && entry.getValue() instanceof String vendor) {
          vendorOf.putIfAbsent(key(entry.getKey().substring("origin:".length())), vendor);
        }
      }
      for (String synonym : synonyms) {
        if (ATTACK_ID.matcher(synonym).matches()) {
          ids.add(synonym);
        }
      }
      Draft draft = target(name, ids);
      draft.addAlias(name, vendorOf.getOrDefault(key(name), VendorNames.byScheme(name)));
      for (String synonym : synonyms) {
        draft.addAlias(synonym, vendorOf.getOrDefault(key(synonym), VendorNames.byScheme(synonym)));
      }
      String sponsor = Countries.shortName(firstString(meta.get("cfr-suspected-state-sponsor")));
      if (draft.sponsor == null) {
        draft.sponsor = sponsor;
      }
      if (draft.country == null) {
        draft.country = Countries.byIso(string(meta.get("country")));
      }
      String motive = String.valueOf(meta.get("motive")).toLowerCase(Locale.ROOT);
      draft.criminal |= motive.contains("financ") || motive.contains("crime");
    }
  }

  /** The ATT&amp;CK group a MISP entry describes: by its name, else by the ids it lists. */
  private Draft target(String name, Set<String> ids) {
    String byName = attackOwner.get(key(name));
    if (byName != null && drafts.get(byName).name.equalsIgnoreCase(name)) {
      return drafts.get(byName);
    }
    for (String id : ids) {
      if (drafts.containsKey(id)) {
        return drafts.get(id);
      }
    }
    if (byName != null) {
      return drafts.get(byName);
    }
    return drafts.computeIfAbsent("misp:" + key(name), k -> new Draft(name));
  }

  private void readMicrosoft(Path file) throws IOException {
    Map<String, Set<String>> owners = ownersByKey();
    for (Map<String, Object> value : values(file)) {
      Map<String, Object> meta = map(value.get("meta"));
      String name = string(value.get("value"));
      List<String> synonyms = strings(meta.get("synonyms"));
      Draft draft = null;
      Set<String> byName = owners.getOrDefault(key(name), Set.of());
      if (attackOwner.containsKey(key(name))) {
        draft = drafts.get(attackOwner.get(key(name)));
      } else if (byName.size() == 1) {
        draft = drafts.get(byName.iterator().next());
      } else {
        Set<String> candidates = new LinkedHashSet<>();
        for (String synonym : synonyms) {
          String owner = attackOwner.get(key(synonym));
          if (owner != null) {
            candidates.add(owner);
          }
        }
        if (candidates.size() == 1) {
          draft = drafts.get(candidates.iterator().next());
        } else if (candidates.isEmpty()) {
          // Outside ATT&CK: join the one MISP actor that already goes by one of its names
          // ("Antique Typhoon" is MISP's "Storm-0558").
          Set<String> owners2 = new LinkedHashSet<>();
          for (String synonym : synonyms) {
            owners2.addAll(owners.getOrDefault(key(synonym), Set.of()));
          }
          if (owners2.size() == 1) {
            draft = drafts.get(owners2.iterator().next());
          }
        }
      }
      if (draft == null) {
        draft = drafts.computeIfAbsent("ms:" + key(name), k -> new Draft(name));
      }
      draft.addAlias(name, "Microsoft");
      for (String synonym : synonyms) {
        String vendor = VendorNames.byScheme(synonym);
        if (vendor == null && synonym.equals(synonym.toUpperCase(Locale.ROOT))) {
          vendor = "Microsoft"; // its former element names: STRONTIUM, NOBELIUM
        }
        draft.addAlias(synonym, vendor);
      }
      String origin = string(meta.get("microsoft-origin-threat"));
      if (origin != null) {
        String first = origin.split(",")[0].trim();
        if (origin.contains("Financially") || origin.contains("Private sector")) {
          draft.criminal |= origin.contains("Financially");
        } else if (draft.sponsor == null) {
          draft.sponsor = Countries.shortName(first);
        }
      }
    }
  }

  private void readCurated(Path file) throws IOException {
    Map<String, Object> curated = json.readValue(file.toFile(), Map.class);
    strings(curated.get("near")).forEach(a -> nearKeys.add(key(a)));
    strings(curated.get("story")).forEach(a -> storyKeys.add(key(a)));
    strings(curated.get("drop")).forEach(a -> dropKeys.add(key(a)));
    blockingPhrases.addAll(strings(curated.get("block")));
  }

  private void applyCurated(Path file) throws IOException {
    Map<String, Object> curated = json.readValue(file.toFile(), Map.class);
    for (Map<String, Object> entry : list(curated.get("actors"))) {
      String match = string(entry.get("match"));
      String id = drafts.containsKey(match) ? match : findByName(match);
      if (id == null) {
        id = "curated:" + key(match);
        drafts.put(id, new Draft(match));
      }
      Draft draft = drafts.get(id);
      for (String absorbed : strings(entry.get("absorbs"))) {
        String absorbedId = findByName(absorbed);
        if (absorbedId != null && !absorbedId.equals(id)) {
          draft.absorb(drafts.remove(absorbedId));
        }
      }
      if (entry.get("sponsorState") != null) {
        draft.sponsor = string(entry.get("sponsorState"));
      }
      if (entry.get("agency") != null) {
        draft.agency = string(entry.get("agency"));
      }
      for (Map<String, Object> alias : list(entry.get("aliases"))) {
        String text = string(alias.get("text"));
        DraftAlias added = draft.addAlias(text, string(alias.get("vendor")));
        if (alias.get("context") != null) {
          added.context = MentionContext.valueOf(string(alias.get("context")));
        }
        curatedOwner.put(key(text), id);
      }
    }
  }

  private String findByName(String name) {
    for (Map.Entry<String, Draft> entry : drafts.entrySet()) {
      if (key(entry.getValue().name).equals(key(name))) {
        return entry.getKey();
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- output

  /** Two entries that ended up with one canonical name are one actor. */
  private void mergeSameNames() {
    Map<String, String> byName = new HashMap<>();
    for (String id : new ArrayList<>(drafts.keySet())) {
      Draft draft = drafts.get(id);
      String first = byName.putIfAbsent(key(draft.name), id);
      if (first != null) {
        Draft kept = drafts.get(first);
        if (kept.attackId == null && draft.attackId != null) {
          draft.absorb(drafts.remove(first));
          byName.put(key(draft.name), id);
        } else {
          kept.absorb(drafts.remove(id));
        }
      }
    }
  }

  private String write() {
    mergeSameNames();
    Map<String, Set<String>> owners = ownersByKey();
    List<Actor> actors = new ArrayList<>();
    for (Map.Entry<String, Draft> entry : drafts.entrySet()) {
      String id = entry.getKey();
      Draft draft = entry.getValue();
      List<Alias> aliases = new ArrayList<>();
      for (DraftAlias alias : draft.aliases.values()) {
        String k = key(alias.text);
        if (!keep(alias.text, k)) {
          continue;
        }
        Set<String> claimedBy = owners.get(k);
        String owner = curatedOwner.getOrDefault(k, attackOwner.get(k));
        boolean shared = false;
        if (claimedBy.size() > 1) {
          if (owner != null && claimedBy.contains(owner)) {
            if (!owner.equals(id)) {
              continue; // the authority gives this name to another actor
            }
          } else {
            shared = true;
          }
        }
        aliases.add(new Alias(alias.text, alias.vendor, context(alias, k), shared));
      }
      if (aliases.isEmpty()) {
        continue;
      }
      aliases.sort(
          Comparator.comparing((Alias a) -> a.text().toLowerCase(Locale.ROOT))
              .thenComparing(Alias::text));
      actors.add(new Actor(draft.name, draft.attackId, sponsor(draft), draft.agency, aliases));
    }
    actors.sort(
        Comparator.comparing((Actor a) -> a.name().toLowerCase(Locale.ROOT))
            .thenComparing(Actor::name)
            .thenComparing(a -> String.valueOf(a.attackId())));
    return render(actors);
  }

  private String sponsor(Draft draft) {
    if (draft.sponsor != null) {
      return draft.sponsor;
    }
    boolean criminal =
        draft.criminal
            || draft.aliases.values().stream().anyMatch(a -> CRIMINAL.matcher(a.text).matches());
    // MISP's "country" is where an actor operates from; for an ATT&CK group that is not
    // criminal it is the suspected sponsor (MITRE tracks state-linked groups almost only).
    return draft.attackId != null && !criminal ? draft.country : null;
  }

  private boolean keep(String text, String key) {
    if (dropKeys.contains(key) || text.startsWith("[")) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        letters++;
      }
    }
    // "APT" or "TA" alone, or a bare number, would name no one in particular.
    return key.replace(" ", "").length() >= 3 && letters > 0 && (letters >= 3 || hasDigit(text));
  }

  private MentionContext context(DraftAlias alias, String key) {
    if (alias.context != null) {
      return alias.context;
    }
    if (nearKeys.contains(key)) {
      return MentionContext.NEAR;
    }
    if (storyKeys.contains(key)) {
      return MentionContext.STORY;
    }
    if (hasDigit(alias.text)) {
      return NUMBERED_COMMON_WORD.matcher(alias.text).matches()
          ? MentionContext.STORY
          : MentionContext.NONE;
    }
    if ("CrowdStrike".equals(VendorNames.byScheme(alias.text))) {
      return MentionContext.NEAR; // "Fancy Bear", "Charming Kitten": also toys and pets
    }
    return MentionContext.STORY;
  }

  private String render(List<Actor> actors) {
    StringBuilder out = new StringBuilder(1 << 20);
    out.append("{\n  \"generatedFrom\": ").append(quote(SOURCE)).append(",\n");
    out.append("  \"blockingPhrases\": [");
    for (int i = 0; i < blockingPhrases.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(quote(blockingPhrases.get(i)));
    }
    out.append("],\n  \"actors\": [");
    for (int i = 0; i < actors.size(); i++) {
      Actor actor = actors.get(i);
      out.append(i == 0 ? "\n" : ",\n");
      out.append("    {\"name\": ").append(quote(actor.name()));
      out.append(", \"attackId\": ").append(quote(actor.attackId()));
      out.append(", \"sponsorState\": ").append(quote(actor.sponsorState()));
      out.append(", \"agency\": ").append(quote(actor.agency()));
      out.append(", \"aliases\": [");
      for (int j = 0; j < actor.aliases().size(); j++) {
        Alias alias = actor.aliases().get(j);
        out.append(j == 0 ? "\n" : ",\n");
        out.append("      {\"text\": ").append(quote(alias.text()));
        out.append(", \"vendor\": ").append(quote(alias.vendor()));
        out.append(", \"context\": ").append(quote(alias.context().name()));
        out.append(", \"shared\": ").append(alias.shared()).append('}');
      }
      out.append("\n    ]}");
    }
    out.append("\n  ]\n}\n");
    return out.toString();
  }

  private String quote(String s) {
    return s == null ? "null" : json.writeValueAsString(s);
  }

  // ---------------------------------------------------------------- helpers

  private Map<String, Set<String>> ownersByKey() {
    Map<String, Set<String>> owners = new TreeMap<>();
    for (Map.Entry<String, Draft> entry : drafts.entrySet()) {
      for (String k : entry.getValue().aliases.keySet()) {
        owners.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(entry.getKey());
      }
    }
    return owners;
  }

  /** Names that the matcher cannot tell apart ("APT 28", "APT-28", "apt28") share one key. */
  static String key(String name) {
    return Tokenizer.tokenize(name).stream().map(Token::key).collect(Collectors.joining(" "));
  }

  private static boolean hasDigit(String s) {
    return s.chars().anyMatch(Character::isDigit);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return o instanceof Map ? (Map<String, Object>) o : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> list(Object o) {
    return o instanceof List ? (List<Map<String, Object>>) o : List.of();
  }

  static List<String> strings(Object o) {
    if (o instanceof List<?> list) {
      return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
    }
    return o instanceof String s ? List.of(s) : List.of();
  }

  private static String firstString(Object o) {
    List<String> all = strings(o);
    return all.isEmpty() ? null : all.get(0);
  }

  private static String string(Object o) {
    return o instanceof String s ? s.trim() : null;
  }

  private static final class Draft {
    String name;
    String attackId;
    String sponsor;
    String agency;
    String country;
    boolean criminal;
    final Map<String, DraftAlias> aliases = new LinkedHashMap<>();

    Draft(String name) {
      this.name = name;
    }

    void absorb(Draft other) {
      for (DraftAlias alias : other.aliases.values()) {
        DraftAlias kept = addAlias(alias.text, alias.vendor);
        if (kept.context == null) {
          kept.context = alias.context;
        }
      }
      sponsor = sponsor != null ? sponsor : other.sponsor;
      agency = agency != null ? agency : other.agency;
      country = country != null ? country : other.country;
      criminal |= other.criminal;
    }

    DraftAlias addAlias(String text, String vendor) {
      String cleaned = text.replaceFirst("^(?i)subgroup:\\s*", "").trim();
      DraftAlias alias =
          aliases.computeIfAbsent(key(cleaned), k -> new DraftAlias(cleaned, vendor));
      if (alias.vendor == null) {
        alias.vendor = vendor;
      }
      return alias;
    }
  }

  private static final class DraftAlias {
    final String text;
    String vendor;
    MentionContext context;

    DraftAlias(String text, String vendor) {
      this.text = text;
      this.vendor = vendor;
    }
  }
}
