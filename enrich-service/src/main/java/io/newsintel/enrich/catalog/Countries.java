package io.newsintel.enrich.catalog;

import java.util.Map;

/** English short country names for the codes and official names MISP uses for sponsor states. */
final class Countries {

  private static final Map<String, String> BY_ISO =
      Map.ofEntries(
          Map.entry("RU", "Russia"),
          Map.entry("CN", "China"),
          Map.entry("KP", "North Korea"),
          Map.entry("KR", "South Korea"),
          Map.entry("IR", "Iran"),
          Map.entry("US", "United States"),
          Map.entry("GB", "United Kingdom"),
          Map.entry("IN", "India"),
          Map.entry("PK", "Pakistan"),
          Map.entry("VN", "Vietnam"),
          Map.entry("BY", "Belarus"),
          Map.entry("UA", "Ukraine"),
          Map.entry("IL", "Israel"),
          Map.entry("LB", "Lebanon"),
          Map.entry("TR", "Turkey"),
          Map.entry("SY", "Syria"),
          Map.entry("AE", "United Arab Emirates"),
          Map.entry("SA", "Saudi Arabia"),
          Map.entry("KZ", "Kazakhstan"),
          Map.entry("NG", "Nigeria"),
          Map.entry("TW", "Taiwan"),
          Map.entry("FR", "France"),
          Map.entry("ES", "Spain"),
          Map.entry("IT", "Italy"),
          Map.entry("BR", "Brazil"),
          Map.entry("PS", "Palestine"),
          Map.entry("EG", "Egypt"),
          Map.entry("IQ", "Iraq"),
          Map.entry("ID", "Indonesia"),
          Map.entry("MY", "Malaysia"),
          Map.entry("TN", "Tunisia"),
          Map.entry("RO", "Romania"),
          Map.entry("MA", "Morocco"),
          Map.entry("LY", "Libya"),
          Map.entry("AT", "Austria"),
          Map.entry("KE", "Kenya"),
          Map.entry("DZ", "Algeria"),
          Map.entry("SG", "Singapore"));

  private static final Map<String, String> BY_OFFICIAL_NAME =
      Map.ofEntries(
          Map.entry("Russian Federation", "Russia"),
          Map.entry("Iran (Islamic Republic of)", "Iran"),
          Map.entry("Korea (Democratic People's Republic of)", "North Korea"),
          Map.entry("Korea (Republic of)", "South Korea"),
          Map.entry("People's Republic of China", "China"),
          Map.entry("US", "United States"),
          Map.entry("Türkiye", "Turkey"),
          Map.entry("Viet Nam", "Vietnam"));

  private Countries() {}

  static String byIso(String code) {
    return code == null ? null : BY_ISO.get(code.toUpperCase(java.util.Locale.ROOT));
  }

  /** The short name of an official or short country name; null for "Unknown" or nothing. */
  static String shortName(String name) {
    if (name == null || name.isBlank() || name.equalsIgnoreCase("Unknown")) {
      return null;
    }
    String trimmed = name.trim();
    String mapped = BY_OFFICIAL_NAME.get(trimmed);
    if (mapped != null) {
      return mapped;
    }
    return BY_ISO.containsValue(trimmed) ? trimmed : null;
  }
}
