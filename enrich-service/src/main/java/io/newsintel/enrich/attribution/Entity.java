package io.newsintel.enrich.attribution;

/**
 * A state, agency or organisation of the gazetteer.
 *
 * @param kind {@code country}, {@code agency} (a state's intelligence or military service: names
 *     its state as sponsor) or {@code organisation} (alliances, governments' cyber agencies,
 *     companies, parties)
 * @param name the canonical name used in tags ("Czech Republic", "NATO", "GRU")
 * @param state the state it stands for: itself for a country, the state of an agency
 */
public record Entity(String kind, String name, String state) {

  boolean isCountry() {
    return "country".equals(kind);
  }

  boolean isAgency() {
    return "agency".equals(kind);
  }
}
