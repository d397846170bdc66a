package io.newsintel.enrich.attribution;

import io.newsintel.enrich.matching.PhraseMatcher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The cue words of {@value #RESOURCE}, one matcher per {@link Cue}. */
final class CueLexicon {

  static final String RESOURCE = "attribution/cues.tsv";

  private CueLexicon() {}

  static java.util.Map<Cue, PhraseMatcher<Cue>> load() {
    java.util.Map<Cue, PhraseMatcher<Cue>> matchers = new java.util.EnumMap<>(Cue.class);
    try (InputStream in = CueLexicon.class.getClassLoader().getResourceAsStream(RESOURCE);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        Cue cue = Cue.valueOf(columns[0]);
        PhraseMatcher.Builder<Cue> builder = PhraseMatcher.builder();
        for (String phrase : columns[1].split(";")) {
          builder.add(phrase, cue);
        }
        matchers.put(cue, builder.build());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return matchers;
  }
}
