package io.newsintel.enrich.catalog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Derives the software catalog ({@value SoftwareCatalog#RESOURCE}) from MISP's copies of ATT&amp;CK
 * software ({@code mitre-malware.json}, {@code mitre-tool.json}), with the same care for names that
 * are ordinary words as for actors: operating-system commands and everyday words listed in the
 * curated file are dropped, one-word names need a cyber word nearby, and every name must be written
 * as a proper noun. Run together with {@link CatalogGenerator}.
 */
final class SoftwareCatalogGenerator {

  static final String SOURCE = "MISP galaxy mitre-malware, mitre-tool (CC0) + curated.json";
  private static final Pattern ATTACK_SUFFIX = Pattern.compile("^(.*) - (S\\d{4})$");

  private final JsonMapper json = JsonMapper.shared();

  String generate(Path mispDir, Path curatedFile) throws IOException {
    Map<String, Object> curated = json.readValue(curatedFile.toFile(), Map.class);
    Map<String, Object> rules = CatalogGenerator.map(curated.get("software"));
    Set<String> drop = keys(rules.get("drop"));
    Set<String> near = keys(rules.get("near"));

    List<Software> all = new ArrayList<>();
    all.addAll(read(mispDir.resolve("mitre-malware.json"), "malware", drop, near));
    all.addAll(read(mispDir.resolve("mitre-tool.json"), "tool", drop, near));
    all.removeIf(s -> s.aliases().isEmpty());
    markShared(all);
    all.sort(
        Comparator.comparing((Software s) -> s.name().toLowerCase(Locale.ROOT))
            .thenComparing(Software::attackId));
    return render(all);
  }

  private List<Software> read(Path file, String type, Set<String> drop, Set<String> near)
      throws IOException {
    Map<String, Object> galaxy = json.readValue(file.toFile(), Map.class);
    List<Software> software = new ArrayList<>();
    for (Map<String, Object> value : CatalogGenerator.list(galaxy.get("values"))) {
      Map<String, Object> meta = CatalogGenerator.map(value.get("meta"));
      String full = String.valueOf(value.get("value"));
      Matcher m = ATTACK_SUFFIX.matcher(full);
      String name = m.matches() ? m.group(1) : full;
      String id = m.matches() ? m.group(2) : (String) meta.get("external_id");
      Map<String, Alias> aliases = new LinkedHashMap<>();
      List<String> names = new ArrayList<>();
      names.add(name);
      names.addAll(CatalogGenerator.strings(meta.get("synonyms")));
      for (String alias : names) {
        String key = CatalogGenerator.key(alias);
        if (keep(alias, key, drop)) {
          aliases.putIfAbsent(key, new Alias(alias, null, context(alias, key, near), false));
        }
      }
      software.add(new Software(name, id, type, new ArrayList<>(aliases.values())));
    }
    return software;
  }

  private static boolean keep(String alias, String key, Set<String> drop) {
    if (drop.contains(key) || key.replace(" ", "").length() < 4) {
      return false;
    }
    // All lower case ("netsh", "at") is a command or a word, not a name.
    return !alias.equals(alias.toLowerCase(Locale.ROOT)) || alias.chars().anyMatch(c -> c == '-');
  }

  private static MentionContext context(String alias, String key, Set<String> near) {
    if (near.contains(key) || !key.contains(" ") && alias.chars().noneMatch(Character::isDigit)) {
      return MentionContext.NEAR;
    }
    return MentionContext.STORY;
  }

  private static void markShared(List<Software> all) {
    Map<String, Integer> owners = new HashMap<>();
    for (Software s : all) {
      for (Alias a : s.aliases()) {
        owners.merge(CatalogGenerator.key(a.text()), 1, Integer::sum);
      }
    }
    for (int i = 0; i < all.size(); i++) {
      Software s = all.get(i);
      List<Alias> aliases = new ArrayList<>();
      for (Alias a : s.aliases()) {
        boolean shared = owners.get(CatalogGenerator.key(a.text())) > 1;
        aliases.add(new Alias(a.text(), a.vendor(), a.context(), shared));
      }
      aliases.sort(Comparator.comparing((Alias a) -> a.text().toLowerCase(Locale.ROOT)));
      all.set(i, new Software(s.name(), s.attackId(), s.type(), aliases));
    }
  }

  private Set<String> keys(Object names) {
    Set<String> keys = new HashSet<>();
    CatalogGenerator.strings(names).forEach(n -> keys.add(CatalogGenerator.key(n)));
    return keys;
  }

  private String render(List<Software> all) {
    StringBuilder out = new StringBuilder(1 << 18);
    out.append("{\n  \"generatedFrom\": ").append(quote(SOURCE)).append(",\n  \"software\": [");
    for (int i = 0; i < all.size(); i++) {
      Software s = all.get(i);
      out.append(i == 0 ? "\n" : ",\n");
      out.append("    {\"name\": ").append(quote(s.name()));
      out.append(", \"attackId\": ").append(quote(s.attackId()));
      out.append(", \"type\": ").append(quote(s.type()));
      out.append(", \"aliases\": [");
      for (int j = 0; j < s.aliases().size(); j++) {
        Alias a = s.aliases().get(j);
        out.append(j == 0 ? "" : ", ");
        out.append("{\"text\": ").append(quote(a.text()));
        out.append(", \"context\": ").append(quote(a.context().name()));
        out.append(", \"shared\": ").append(a.shared()).append('}');
      }
      out.append("]}");
    }
    out.append("\n  ]\n}\n");
    return out.toString();
  }

  private String quote(String s) {
    return s == null ? "null" : json.writeValueAsString(s);
  }
}
