package io.newsintel.enrich.catalog;

import java.util.List;

/**
 * Malware or a tool of MITRE ATT&amp;CK.
 *
 * @param name the ATT&amp;CK software name ("Industroyer2", "Mimikatz")
 * @param attackId ATT&amp;CK software id ("S0604")
 * @param type {@code malware} or {@code tool}
 * @param aliases every name it goes by, its own included
 */
public record Software(String name, String attackId, String type, List<Alias> aliases) {

  public Software {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
