package io.newsintel.infra.bench;

/**
 * The stories of {@code ./run.sh bench} and of the JMH benchmarks: about 2 KB of news prose each,
 * one in twenty attributing a cyberattack to a state-backed group by one of its names (so about 5%
 * are cyber-attribution stories, as in a general news stream). Deterministic: story {@code n} is
 * always the same text, so runs compare.
 */
public final class BenchStories {

  /** Bytes of text (title and body) a story carries, roughly. */
  public static final int TARGET_LENGTH = 2_000;

  private static final String[][] GROUPS = {
    {"APT28", "Fancy Bear", "Forest Blizzard", "Russia"},
    {"Sandworm Team", "Voodoo Bear", "Seashell Blizzard", "Russia"},
    {"APT29", "Cozy Bear", "Midnight Blizzard", "Russia"},
    {"Lazarus Group", "Hidden Cobra", "Diamond Sleet", "North Korea"},
    {"APT41", "Wicked Panda", "Brass Typhoon", "China"},
    {"Turla", "Venomous Bear", "Secret Blizzard", "Russia"},
    {"APT33", "Elfin", "Peach Sandstorm", "Iran"}
  };
  private static final String[] CLAIMANTS = {
    "Germany's foreign ministry",
    "the Czech government",
    "NATO",
    "Microsoft",
    "Mandiant",
    "the British National Cyber Security Centre",
    "Poland's digital affairs minister"
  };
  private static final String[] TARGETS = {
    "Germany", "the Czech Republic", "Poland", "Lithuania", "Slovakia", "Sweden", "Ukraine"
  };
  private static final String[] TOPICS = {
    "city council approves a new budget for road repairs",
    "farmers expect a record grain harvest this autumn",
    "the national football team wins its qualifier",
    "parliament debates pension reform",
    "storm warnings issued for the western regions",
    "central bank leaves interest rates unchanged",
    "new railway line to open next spring",
    "museum reopens after two years of restoration"
  };
  private static final String[] PROSE = {
    "Officials said the decision followed months of consultation with residents and businesses.",
    "The ministry said talks would continue next week, with a final decision expected in June.",
    "Local officials met in the capital to discuss energy prices and the reconstruction of"
        + " damaged schools.",
    "Opposition members criticised the plan, saying it did not go far enough to help families.",
    "Economists said inflation had slowed for the third month in a row, easing pressure on"
        + " households.",
    "The mayor told reporters that work would begin as soon as the contracts were signed.",
    "Several regional governors asked for more money from the central budget to cover repairs.",
    "A spokesperson said the figures would be published on the government's website on Monday.",
    "Residents will be able to comment on the plan until the end of the month, the council said.",
    "The weather service expects temperatures to return to seasonal averages by the weekend.",
    "Analysts noted that similar measures had been tried in neighbouring countries with mixed"
        + " results.",
    "The committee will hear from experts and trade unions before the second reading of the bill."
  };

  private BenchStories() {}

  /** One story: its link, title, body text, and whether it attributes a cyberattack. */
  public record Story(
      int number, String url, String title, String body, boolean cyberAttribution, String actor) {}

  /** Whether story {@code number} attributes a cyberattack (one story in twenty). */
  public static boolean attributes(int number) {
    return number % 20 == 7;
  }

  /** Story {@code number}'s link (without writing the story). */
  public static String url(String urlPrefix, int number) {
    return urlPrefix + String.format("%07d", number);
  }

  public static Story story(String urlPrefix, int number) {
    String url = url(urlPrefix, number);
    StringBuilder body = new StringBuilder(TARGET_LENGTH + 200);
    String title;
    String actor = null;
    if (attributes(number)) {
      String[] group = GROUPS[(number / 20) % GROUPS.length];
      actor = group[0];
      String alias = group[(number / 140) % 3];
      String claimant = CLAIMANTS[(number / 20) % CLAIMANTS.length];
      String target = TARGETS[(number / 60) % TARGETS.length];
      title =
          claimant
              + " blames "
              + alias
              + " for cyberattack on "
              + target
              + " (report "
              + number
              + ")";
      body.append(claimant.substring(0, 1).toUpperCase(java.util.Locale.ROOT))
          .append(claimant.substring(1))
          .append(" said on Tuesday that the hacker group ")
          .append(alias)
          .append(", which it linked to ")
          .append(group[3])
          .append(
              "'s intelligence services, was behind the cyberattack on government email"
                  + " servers in ")
          .append(target)
          .append(". The intrusion was detected in case ")
          .append(number)
          .append(". ");
      if (number % 3 == 0) {
        body.append("A spokesperson for the embassy of ")
            .append(group[3])
            .append(" rejected the accusations as unfounded. ");
      }
    } else {
      title = "Report " + number + ": " + TOPICS[number % TOPICS.length];
      body.append("In district ")
          .append(number % 97)
          .append(", ")
          .append(TOPICS[(number / 7) % TOPICS.length])
          .append(". ");
    }
    for (int s = 0; body.length() + title.length() < TARGET_LENGTH; s++) {
      body.append(PROSE[(number * 7 + s * 5) % PROSE.length]).append(' ');
    }
    return new Story(number, url, title, body.toString().strip(), actor != null, actor);
  }
}
