package io.newsintel.enrich.catalog;

import java.util.List;

/**
 * A threat actor of the catalog.
 *
 * @param name canonical name: the ATT&amp;CK group name when it has an ATT&amp;CK id, else the MISP
 *     name
 * @param attackId ATT&amp;CK group id ("G0007"), or null
 * @param sponsorState suspected sponsor state, English short name ("Russia"), or null
 * @param agency the state agency it is tied to ("GRU"), or null
 * @param aliases every name it goes by, its canonical name included
 */
public record Actor(
    String name, String attackId, String sponsorState, String agency, List<Alias> aliases) {

  public Actor {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
